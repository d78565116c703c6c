import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical';
import type { DocumentType, EditorialDocumentInput } from '../../functions/read-model/documents/index.js';

/**
 * Turns a Payload document (read with `locale: 'all'` and `depth: 1`) into the read model's document:
 * relations become the related documents' keys, rich text becomes HTML (sanitised again by publish()).
 */

/** The read model's document type of each editorial collection. */
export const documentTypeOf = {
  districts: 'district',
  organisations: 'organisation',
  'support-resources': 'supportResource',
  'council-meetings': 'councilMeeting',
  trainings: 'training',
  pages: 'page',
} as const satisfies Record<string, DocumentType>;

export type EditorialCollection = keyof typeof documentTypeOf;
export const editorialCollections = Object.keys(documentTypeOf) as EditorialCollection[];
export const isEditorialCollection = (slug: string): slug is EditorialCollection => slug in documentTypeOf;

type Doc = Record<string, any>;

/** Drops null and undefined (Payload's "empty") so the read model's optional fields stay absent. */
function present<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as Partial<T>;
}

/** `{ sv: 'x', en: null }` → `{ sv: 'x' }`; undefined when no locale has text. */
function text(localized: unknown): Record<string, string> | undefined {
  if (typeof localized === 'string') return { sv: localized };
  if (!localized || typeof localized !== 'object') return undefined;
  const entries = Object.entries(localized as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Localised Lexical rich text → localised HTML. */
function html(localized: unknown): Record<string, string> | undefined {
  if (!localized || typeof localized !== 'object') return undefined;
  const entries = Object.entries(localized as Record<string, unknown>)
    .filter(([, state]) => state && typeof state === 'object' && 'root' in (state as object))
    .map(([locale, state]) => [locale, convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true })] as const)
    .filter(([, markup]) => markup.replace(/<[^>]*>/g, '').trim() !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

const keyOf = (related: unknown): string | undefined => (related && typeof related === 'object' && 'key' in related ? String((related as Doc).key) : undefined);
const keysOf = (related: unknown): string[] => (Array.isArray(related) ? related.map(keyOf).filter((key): key is string => Boolean(key)) : []);

/**
 * An upload relation (read at depth 1) as the stored file the API links to: its object key is where the
 * S3 adapter put it in the media bucket (`prefix/filename`), and where the local disk storage keeps it.
 */
function storedFile(upload: unknown) {
  if (!upload || typeof upload !== 'object' || typeof (upload as Doc).filename !== 'string') return undefined;
  const file = upload as Doc;
  const objectKey = [file.prefix, file.filename].filter((part) => typeof part === 'string' && part !== '').join('/');
  return { objectKey, filename: file.filename, mimeType: String(file.mimeType), filesize: Number(file.filesize ?? 0) };
}

/** A Payload date (or null) as UTC ISO 8601. */
const instant = (value: unknown): string | undefined => (value ? new Date(String(value)).toISOString() : undefined);

// A missing key stays empty (and is refused), never the text "null" or "undefined".
const base = (doc: Doc) => ({ key: typeof doc.key === 'string' ? doc.key : '', revision: Date.parse(doc.updatedAt), updatedAt: new Date(doc.updatedAt).toISOString() });

export function toDocument(collection: EditorialCollection, doc: Doc): EditorialDocumentInput {
  switch (collection) {
    case 'districts':
      return { type: 'district', ...base(doc), name: text(doc.name) ?? {} };
    case 'organisations':
      return {
        type: 'organisation',
        ...base(doc),
        ...present({ visibility: doc.visibility, name: doc.name, kind: doc.kind, description: text(doc.description), website: doc.website, email: doc.email, phone: doc.phone }),
        districts: keysOf(doc.districts),
        interreligiousCouncilMember: Boolean(doc.interreligiousCouncilMember),
        contactPersons: (doc.contactPersons ?? []).map((person: Doc) =>
          present({ name: person.name, role: person.role, email: person.email, phone: person.phone, publicConsent: Boolean(person.publicConsent) }),
        ),
      } as EditorialDocumentInput;
    case 'support-resources':
      return {
        type: 'supportResource',
        ...base(doc),
        ...present({
          visibility: doc.visibility,
          priority: doc.priority,
          title: text(doc.title),
          summary: text(doc.summary),
          body: html(doc.body),
          audiences: doc.audiences,
          preventionLevel: doc.preventionLevel,
          languages: doc.languages,
          phone: doc.phone,
          email: doc.email,
          url: doc.url,
          openingHoursNote: text(doc.openingHoursNote),
          provider: keyOf(doc.provider),
          verifiedAt: instant(doc.verifiedAt),
        }),
        openingHours: (doc.openingHours ?? []).map(({ weekday, opens, closes }: Doc) => ({ weekday, opens, closes })),
        districts: keysOf(doc.districts),
      } as EditorialDocumentInput;
    case 'council-meetings':
      return {
        type: 'councilMeeting',
        ...base(doc),
        ...present({
          title: text(doc.title),
          startsAt: instant(doc.startsAt),
          endsAt: instant(doc.endsAt),
          meetingStatus: doc.meetingStatus,
          location: doc.location?.name ? present({ name: doc.location.name, address: doc.location.address }) : undefined,
          agenda: html(doc.agenda),
          minutes: html(doc.minutes),
          minutesVisibility: doc.minutesVisibility,
          minutesDocument: storedFile(doc.minutesDocument),
        }),
        participants: keysOf(doc.participants),
      } as EditorialDocumentInput;
    case 'trainings':
      return {
        type: 'training',
        ...base(doc),
        ...present({
          visibility: doc.visibility,
          title: text(doc.title),
          description: html(doc.description),
          startsAt: instant(doc.startsAt),
          endsAt: instant(doc.endsAt),
          audience: doc.audience,
          registrationUrl: doc.registrationUrl,
          provider: keyOf(doc.provider),
        }),
      } as EditorialDocumentInput;
    case 'pages':
      return { type: 'page', ...base(doc), ...present({ visibility: doc.visibility, title: text(doc.title), body: html(doc.body) }) } as EditorialDocumentInput;
  }
}
