import { conflict } from '../domain/errors.js';
import type { LocaleCode } from '../domain/locale.js';
import type { ReadScope } from '../auth/viewer.js';
import type { Db } from '../data/db.js';
import type { PreviewGrant } from '../preview/token.js';

/** What a preview read needs: the caller's scope and the grant of the request's preview token, if any. */
export interface PreviewReadContext {
  db: Db;
  tenant: string;
  scope: ReadScope;
  preview: PreviewGrant | null;
}

/** What the preview needs of a content type's entity: turning a stored raw item back into what a GetItem answers. */
interface ParsingEntity {
  parse(response: { Item: unknown }): { data: unknown } | null;
}

/**
 * The draft a request's preview token names, in the caller's scope, for the one read of that document
 * (`supportResource(slug)`, `page(slug)`, `situation(slug)`, `training(id)`) in the token's locale:
 * - `undefined`: the token does not name this read (no token, another document or locale): answer as today;
 * - `null`: the draft, but not in the caller's scope (an INTERNAL draft asked for without a staff token);
 * - the draft's item, as a GetItem of the published copy would have answered it.
 * A token whose draft is no longer there (published, unpublished, deleted, or a newer draft saved or
 * previewed since) is refused with CONFLICT: the link showed a version that is gone.
 */
export async function previewedItem<Item>(
  context: PreviewReadContext,
  type: string,
  key: string,
  locale: LocaleCode,
): Promise<Item | null | undefined> {
  const grant = context.preview;
  if (!grant || grant.type !== type || grant.key !== key || grant.locale !== locale) return undefined;
  const { data: preview } = await context.db.entities.documentPreview
    .get({ tenant: context.tenant, documentType: type, documentId: grant.documentId, scope: context.scope })
    .go();
  if (!preview || preview.version !== grant.version || preview.key !== key)
    throw conflict({
      sv: 'Länken till förhandsvisningen gäller inte längre: utkastet har publicerats, ändrats eller tagits bort sedan dess. Öppna en ny förhandsvisning från CMS:et.',
      en: 'This preview link is no longer valid: the draft was published, changed or removed since. Open a new preview from the CMS.',
    });
  const raw: unknown = JSON.parse(preview.item);
  if (raw === null) return null;
  const entity = (context.db.entities as unknown as Record<string, ParsingEntity | undefined>)[type];
  if (!entity) return undefined;
  return (entity.parse({ Item: raw })?.data ?? null) as Item | null;
}
