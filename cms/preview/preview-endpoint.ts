import { Forbidden, NotFound, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload';
import { isEditorialCollection } from '../../functions/content-types/index.js';
import { InvalidDocumentError } from '../../functions/read-model/publish.js';
import { writePreview } from '../../functions/read-model/preview.js';
import { mintPreviewToken, PREVIEW_LIFETIME_SECONDS } from '../../functions/preview/token.js';
import { locales, type LocaleCode } from '../../functions/domain/locale.js';
import { inLanguage, type Text } from '../i18n/labels.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { toDocument } from '../publishing/to-document.js';
import { tenantSlugOf } from '../tenancy/municipality.js';
import { cmsSettings } from '../settings.js';
import { words } from './words.js';

const isLocale = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** Never stored anywhere: the answer holds a working link to a draft. */
const privateHeaders = { 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' };

const refusal = (req: PayloadRequest, status: number, message: Text, detail = '') =>
  Response.json(
    { errors: [{ message: `${inLanguage(message, req.i18n?.language)}${detail}` }] },
    { status, headers: privateHeaders },
  );

/**
 * The frontend that shows a document: the intranet for an INTERNAL one, the website for the rest (what
 * the public sees). The frontend's `/preview` route takes the link and asks the API for the draft with it.
 */
export function previewUrl(
  draft: { type: string; key: string; visibility?: unknown },
  locale: LocaleCode,
  token: string,
): string {
  const base = draft.visibility === 'INTERNAL' ? cmsSettings.intranetUrl() : cmsSettings.webUrl();
  const query = new URLSearchParams({ token, type: draft.type, key: draft.key, locale });
  return `${base}/preview?${query.toString()}`;
}

/**
 * GET /api/{collection}/{id}/preview?locale=sv (Payload's preview button links here; see
 * `admin.preview` in cms/payload.config.ts): for a signed-in CMS user who may read the document, writes
 * its newest draft into the read model as a preview (functions/read-model/preview.ts), mints a link that
 * works for an hour for that draft in that locale, and sends the browser to the frontend with it (303).
 * With `Accept: application/json` it answers `{ url, expiresAt }` instead. A draft that would not pass
 * the publishing rules is refused with the rules' messages: no frontend could render it.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const slug = req.routeParams?.collection;
    const id = req.routeParams?.id;
    if (!req.user) return refusal(req, 403, words.signIn);
    if (typeof slug !== 'string' || !isEditorialCollection(slug) || typeof id !== 'string')
      return refusal(req, 404, words.notFound);
    const locale = req.searchParams?.get('locale') ?? 'sv';
    if (!isLocale(locale)) return refusal(req, 400, words.badLocale, locales.join(', '));
    const secret = cmsSettings.previewSecret();
    if (!secret) return refusal(req, 503, words.notConfigured);

    let doc: Awaited<ReturnType<typeof req.payload.findByID>> | null;
    try {
      // The newest draft, read as this user: the collection's read access decides who may preview it.
      doc = await req.payload.findByID({
        collection: slug as CollectionSlug,
        id,
        depth: 1,
        locale: 'all',
        draft: true,
        overrideAccess: false,
        user: req.user,
      });
    } catch (error) {
      if (error instanceof Forbidden) return refusal(req, 403, words.forbidden);
      if (error instanceof NotFound) return refusal(req, 404, words.notFound);
      throw error;
    }
    if (!doc) return refusal(req, 404, words.notFound);

    const draft = toDocument(req.payload.collections[slug].config, doc);
    const expiresAt = Math.floor(Date.now() / 1000) + PREVIEW_LIFETIME_SECONDS;
    const { db, tenant: stageDefault } = readModelTarget();
    // The draft is shown under its own municipality's part of the read model (issue 32).
    const tenant = (await tenantSlugOf(req.payload, (doc as { tenant?: unknown }).tenant)) ?? stageDefault;
    try {
      await writePreview(db, tenant, draft, { documentId: String(doc.id), version: draft.revision, expiresAt });
    } catch (error) {
      if (error instanceof InvalidDocumentError)
        return refusal(
          req,
          422,
          words.notPublishable,
          error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '),
        );
      throw error;
    }
    const token = await mintPreviewToken(secret, {
      type: draft.type,
      key: draft.key,
      documentId: String(doc.id),
      locale,
      version: draft.revision,
      expiresAt,
    });
    const url = previewUrl(draft, locale, token);
    if (/application\/json/i.test(req.headers.get('accept') ?? ''))
      return Response.json({ url, expiresAt: new Date(expiresAt * 1000).toISOString() }, { headers: privateHeaders });
    return new Response(null, { status: 303, headers: { ...privateHeaders, location: url } });
  },
};

/**
 * Payload's preview button (`admin.preview`) on an editorial collection: it links to the endpoint above
 * for the locale being edited, which mints the link only when it is followed (a link minted when the
 * edit view renders would show whatever draft was newest then, and expire while the view stays open).
 */
export const draftPreviewButton =
  (collection: string) =>
  (doc: Record<string, unknown>, { locale }: { locale: string }): string | null =>
    doc.id === undefined || doc.id === null
      ? null
      : `/api/${collection}/${encodeURIComponent(String(doc.id))}/preview?locale=${encodeURIComponent(locale)}`;
