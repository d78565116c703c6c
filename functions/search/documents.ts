import type { SearchContext, SearchType } from './context.js';
import { MAX_ACTIVITY_DURATION_MS, type ActivityItem } from '../data/entities/activity.js';
import type { AssociationItem } from '../data/entities/association.js';
import type { OrganisationItem } from '../data/entities/organisation.js';
import { searchTypeOf, type ContentTypeDescription } from '../content-types/describe.js';
import { describedTypes } from '../content-types/described.js';
import { describedEntityOn } from '../data/entities/described.js';
import type { SupportResourceItem } from '../data/entities/support-resource.js';
import type { Db } from '../data/db.js';
import { locales, type LocaleCode, type LocalizedText } from '../domain/locale.js';
import { plainText } from '../domain/plain-text.js';

/**
 * What search finds, read from the read model in one scope: the public copies for anonymous callers (so
 * that internal text is never in their index) or the staff copies, plus the register's published
 * activities (running or upcoming) and approved associations as the public sees them. Contact persons
 * are never searchable.
 */
export type Searchable =
  | { type: 'SUPPORT_RESOURCE'; item: SupportResourceItem }
  | { type: 'ORGANISATION'; item: OrganisationItem }
  | { type: 'ACTIVITY'; item: ActivityItem }
  | { type: 'ASSOCIATION'; item: AssociationItem }
  | DescribedSearchable;

/** An item of a described content type whose description names its searchable fields (content-types/describe.ts). */
export interface DescribedSearchable {
  /** `searchTypeOf` the description's type. */
  type: string;
  item: { key: string } & Record<string, unknown>;
  description: ContentTypeDescription;
}

/** The searchable types among the described ones. */
const searchableDescriptions = (descriptions: readonly ContentTypeDescription[]) =>
  descriptions.filter((description) => description.search);

/** A stored text attribute: a text per locale, or none. */
const storedText = (value: unknown): Text =>
  value && typeof value === 'object' ? (value as LocalizedText) : typeof value === 'string' ? value : null;

/** One searchable thing as the index sees it: a title and a text in every locale (Swedish where a translation is missing). */
export interface SearchDocument {
  id: string;
  type: SearchType;
  /** The slug of editorial content, the id of an activity or association. */
  key: string;
  title: Record<LocaleCode, string>;
  text: Record<LocaleCode, string>;
}

type Text = LocalizedText | string | null | undefined;

/** What of a searchable is its title and what its text (rich text as HTML). */
interface SearchParts {
  title: Text[];
  text: Text[];
  html: boolean;
}

function partsOf(searchable: Searchable): SearchParts {
  if ('description' in searchable) {
    const { description, item } = searchable;
    const text = description.search?.text ?? [];
    return {
      title: [storedText(item[description.title])],
      text: text.map((name) => storedText(item[name])),
      html: text.some((name) => description.fields[name]?.kind === 'richText'),
    };
  }
  switch (searchable.type) {
    case 'SUPPORT_RESOURCE':
      return { title: [searchable.item.title], text: [searchable.item.summary, searchable.item.body], html: true };
    case 'ORGANISATION':
      return { title: [searchable.item.name], text: [searchable.item.description], html: false };
    case 'ACTIVITY':
      return { title: [searchable.item.title], text: [searchable.item.description], html: false };
    case 'ASSOCIATION':
      return { title: [searchable.item.name], text: [searchable.item.description], html: false };
  }
}

/** The parts in one locale (Swedish where a translation is missing), joined. */
function inLocale(parts: Text[], locale: LocaleCode, html = false): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : (part?.[locale] ?? part?.sv ?? '')))
    .map((text) => (html ? plainText(text) : text))
    .filter(Boolean)
    .join(' \u2014 ');
}

const searchKey = (searchable: Searchable): string =>
  'description' in searchable || (searchable.type !== 'ACTIVITY' && searchable.type !== 'ASSOCIATION')
    ? searchable.item.key
    : searchable.item.id;

/** A searchable with its title and text in every locale: what the indexes are built from. */
export function searchDocumentOf(searchable: Searchable): SearchDocument {
  const key = searchKey(searchable);
  const { title, text, html } = partsOf(searchable);
  const each = (parts: Text[], isHtml: boolean) =>
    Object.fromEntries(locales.map((locale) => [locale, inLocale(parts, locale, isHtml)])) as Record<
      LocaleCode,
      string
    >;
  return {
    id: `${searchable.type}:${key}`,
    key,
    type: searchable.type,
    title: each(title, false),
    text: each(text, html),
  };
}

/** A hit's title and text in the caller's locale only: what its snippet is cut from. */
export function searchTextOf(searchable: Searchable, locale: LocaleCode): { title: string; text: string } {
  const { title, text, html } = partsOf(searchable);
  return { title: inLocale(title, locale), text: inLocale(text, locale, html) };
}

// search index: every searchable item of a scope (all pages of each list, at index build only); `descriptions`,
// the described types (a test may add its own)
export async function searchablesOf(
  db: Db,
  tenant: string,
  scope: 'public' | 'staff',
  now: Date,
  descriptions: readonly ContentTypeDescription[] = describedTypes,
): Promise<Searchable[]> {
  const { supportResource, organisation, activity, association } = db.entities;
  const all = { pages: 'all' } as const;
  const runningFrom = new Date(now.getTime() - MAX_ACTIVITY_DURATION_MS).toISOString();
  const described = searchableDescriptions(descriptions);
  const [resources, organisations, activities, associations, ...describedLists] = await Promise.all([
    supportResource.query.list({ tenant, scope }).go(all),
    organisation.query.list({ tenant, scope }).go(all),
    // Published, listed and not over: the calendar's partition from the longest activity's start on.
    activity.query
      .byStatus({ tenant, listing: 'PUBLISHED' })
      .gte({ startsAt: runningFrom })
      .where((attr, op) => op.gt(attr.endsAt, now.toISOString()))
      .go(all),
    association.query.byStatus({ tenant, status: 'APPROVED' }).go(all),
    ...described.map((description) => describedEntityOn(db, description).query.list({ tenant, scope }).go(all)),
  ]);
  return [
    ...resources.data.map((item) => ({ type: 'SUPPORT_RESOURCE' as const, item })),
    ...describedLists.flatMap((list, position) => {
      const description = described[position]!;
      return list.data.map((item) => ({ type: searchTypeOf(description.type), item, description }));
    }),
    ...organisations.data.map((item) => ({ type: 'ORGANISATION' as const, item })),
    ...activities.data.map((item) => ({ type: 'ACTIVITY' as const, item })),
    ...associations.data.map((item) => ({ type: 'ASSOCIATION' as const, item })),
  ];
}

/** A hit's item, read through the request's batching loader in the caller's scope; null when it is gone or no longer listed. */
export async function searchableOfHit(
  context: SearchContext,
  hit: { type: SearchType; key: string },
): Promise<Searchable | null> {
  const { tenant, scope } = context;
  if (hit.type === 'ACTIVITY') {
    const item = (await context.items.load({
      entity: 'activity',
      key: { tenant, id: hit.key },
    })) as ActivityItem | null;
    return item && (item.listing ?? item.status) === 'PUBLISHED' ? { type: hit.type, item } : null;
  }
  if (hit.type === 'ASSOCIATION') {
    const item = (await context.items.load({
      entity: 'association',
      key: { tenant, id: hit.key },
    })) as AssociationItem | null;
    return item && item.status === 'APPROVED' ? { type: hit.type, item } : null;
  }
  const key = { tenant, scope, key: hit.key };
  if (hit.type === 'SUPPORT_RESOURCE') {
    const item = (await context.items.load({ entity: 'supportResource', key })) as SupportResourceItem | null;
    return item ? { type: hit.type, item } : null;
  }
  if (hit.type === 'ORGANISATION') {
    const item = (await context.items.load({ entity: 'organisation', key })) as OrganisationItem | null;
    return item ? { type: hit.type, item } : null;
  }
  const description = describedTypes.find((candidate) => searchTypeOf(candidate.type) === hit.type);
  if (!description) return null;
  const item = (await context.items.load({ entity: description.type, key })) as DescribedSearchable['item'] | null;
  return item ? { type: hit.type, item, description } : null;
}
