import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../functions/read-model/publish.js';
import { removePreviews, writePreview } from '../functions/read-model/preview.js';
import { mintPreviewToken, type PreviewGrant } from '../functions/preview/token.js';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { CLOCK_TOLERANCE_SECONDS } from '../functions/auth/clock-tolerance.js';

/**
 * Draft previews at the API (README, "Draft previews"): the draft a preview token names is served to the
 * frontend that sends the token, for that one document and locale, and to nobody else; the link stops
 * working when it expires and when the document is published (or a newer draft saved). The CMS's side,
 * which writes the preview and mints the link, is test/cms/preview.test.ts.
 */
let api: TestApi;
let staff: string;

const page = (
  revision: number,
  title: string,
  visibility: 'PUBLIC' | 'INTERNAL' = 'PUBLIC',
  key = 'forhandsvisad',
) => ({
  type: 'page' as const,
  key,
  revision,
  visibility,
  title: { sv: title, en: `${title} (en)` },
  body: { sv: `<p>${title}: brödtext</p>` },
});

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** A preview of a page's draft, as the CMS's endpoint writes it, and its link's token. */
async function previewOf(
  draft: ReturnType<typeof page>,
  options: { documentId?: string; locale?: PreviewGrant['locale']; expiresAt?: number } = {},
) {
  const grant: PreviewGrant = {
    type: 'page',
    key: draft.key,
    documentId: options.documentId ?? `cms-${draft.key}`,
    locale: options.locale ?? 'sv',
    version: draft.revision,
    expiresAt: options.expiresAt ?? inAnHour(),
  };
  await writePreview(api.db, TENANT, draft, grant);
  return mintPreviewToken(api.config.previewSecret!, grant);
}

/** The contract's Page query as a frontend sends it, with a preview token and, for the intranet, a bearer token. */
const readPage = (
  slug: string,
  options: { preview?: string; token?: string; locale?: string; method?: 'GET' | 'POST' } = {},
) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  if (options.preview) headers['x-varna-preview'] = options.preview;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const variables = { slug, ...(options.locale ? { locale: options.locale } : {}) };
  if (options.method === 'GET')
    return api.send({
      method: 'GET',
      headers,
      rawQueryString: new URLSearchParams({
        query: contractOperation('Page'),
        variables: JSON.stringify(variables),
      }).toString(),
    });
  return api.send({
    method: 'POST',
    headers,
    body: JSON.stringify({ query: contractOperation('Page'), variables }),
  });
};

beforeAll(async () => {
  api = await createTestApi();
  staff = await api.token('staff');
  await publish(api.db, TENANT, page(1_000, 'Publicerad'), { documentId: 'cms-forhandsvisad' });
}, 60_000);

describe('a frontend with a preview link', () => {
  it('renders the draft it names, while everyone else still gets the published page', async () => {
    const token = await previewOf(page(2_000, 'Utkast'));
    const previewed = await readPage('forhandsvisad', { preview: token });
    expect(previewed.body.errors).toBeUndefined();
    expect(previewed.body.data!.page).toMatchObject({ title: 'Utkast', body: '<p>Utkast: brödtext</p>' });
    // Without the link: the published page, as before.
    expect((await readPage('forhandsvisad')).body.data!.page.title).toBe('Publicerad');
  });

  it('is answered private, never stored by the edge or a browser, even for an anonymous GET', async () => {
    const token = await previewOf(page(2_100, 'Utkast via GET'));
    const previewed = await readPage('forhandsvisad', { preview: token, method: 'GET' });
    expect(previewed.body.data!.page.title).toBe('Utkast via GET');
    expect(previewed.headers['cache-control']).toBe('private, no-store');
    // The same GET without the link is the public, cacheable answer.
    const published = await readPage('forhandsvisad', { method: 'GET' });
    expect(published.body.data!.page.title).toBe('Publicerad');
    expect(published.headers['cache-control']).toMatch(/^public/);
  });

  it('gets only the named document in the named locale; other reads answer as they do without it', async () => {
    await publish(api.db, TENANT, page(1_000, 'Annan sida', 'PUBLIC', 'annan-sida'), { documentId: 'cms-annan' });
    const token = await previewOf(page(2_200, 'Utkast på svenska'));
    expect((await readPage('annan-sida', { preview: token })).body.data!.page.title).toBe('Annan sida');
    // The link is for Swedish: the English page is the published one.
    expect((await readPage('forhandsvisad', { preview: token, locale: 'EN' })).body.data!.page.title).toBe(
      'Publicerad (en)',
    );
    const english = await previewOf(page(2_300, 'Utkast'), { locale: 'en' });
    expect((await readPage('forhandsvisad', { preview: english, locale: 'EN' })).body.data!.page.title).toBe(
      'Utkast (en)',
    );
  });

  it('never sees the draft in a list or in search', async () => {
    await previewOf(page(2_400, 'Hemligt utkastord'));
    await api.searchIndexed();
    const token = await previewOf(page(2_401, 'Hemligt utkastord'));
    const search = await api.send({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-varna-preview': token },
      body: JSON.stringify({
        query: 'query ($query: String!) { search(query: $query) { totalCount edges { node { __typename } } } }',
        variables: { query: 'utkastord' },
      }),
    });
    expect(search.body.errors).toBeUndefined();
    expect(search.body.data!.search.totalCount).toBe(0);
    const staffSearch = await api.graphql(
      'query ($query: String!) { search(query: $query) { totalCount } }',
      { query: 'Hemligt utkastord' },
      { token: staff },
    );
    expect(staffSearch.body.data!.search.totalCount).toBe(0);
  });

  it('does not widen what the caller may read: an INTERNAL draft reaches the intranet (a staff token) only', async () => {
    const token = await previewOf(page(2_500, 'Internt utkast', 'INTERNAL'));
    expect((await readPage('forhandsvisad', { preview: token })).body.data!.page).toBeNull();
    const intranet = await readPage('forhandsvisad', { preview: token, token: staff });
    expect(intranet.body.data!.page.title).toBe('Internt utkast');
  });
});

describe('a preview link is refused', () => {
  it('after it expired', async () => {
    // Expired by more than the clocks' tolerance (functions/auth/clock-tolerance.ts).
    const expiresAt = Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_SECONDS - 1;
    const token = await previewOf(page(3_000, 'Gammalt utkast'), { expiresAt });
    const refused = await readPage('forhandsvisad', { preview: token });
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.body.errors![0]!.message).toMatch(/expired/);
    expect(refused.raw).not.toContain('Gammalt utkast');
    assertNoInternals(refused);
  });

  it('when forged: signed with another secret, or not a token at all', async () => {
    const draft = page(3_100, 'Förfalskat utkast');
    await writePreview(api.db, TENANT, draft, {
      documentId: 'cms-forhandsvisad',
      version: draft.revision,
      expiresAt: inAnHour(),
    });
    const forged = await mintPreviewToken('a-secret-that-is-not-the-api-secret-at-all', {
      type: 'page',
      key: draft.key,
      documentId: 'cms-forhandsvisad',
      locale: 'sv',
      version: draft.revision,
      expiresAt: inAnHour(),
    });
    for (const token of [forged, 'not-a-token']) {
      const refused = await readPage('forhandsvisad', { preview: token });
      expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
      expect(refused.raw).not.toContain('Förfalskat utkast');
    }
  });

  it('after the document was published (the CMS sync retires the preview), or a newer draft was previewed', async () => {
    const older = await previewOf(page(4_000, 'Äldre utkast'));
    const newer = await previewOf(page(4_100, 'Nyare utkast'));
    const stale = await readPage('forhandsvisad', { preview: older });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.body.data!.page).toBeNull();
    expect(stale.raw).not.toContain('Äldre utkast');
    expect((await readPage('forhandsvisad', { preview: newer })).body.data!.page.title).toBe('Nyare utkast');

    // The publish of the draft, as the CMS's sync does it: the read model takes it, the preview goes.
    await publish(api.db, TENANT, page(5_000, 'Nyare utkast, publicerat'), { documentId: 'cms-forhandsvisad' });
    await removePreviews(api.db, TENANT, 'page', 'cms-forhandsvisad', 5_000);
    const afterPublish = await readPage('forhandsvisad', { preview: newer });
    expect(errorCodes(afterPublish)).toEqual(['CONFLICT']);
    expect(afterPublish.body.errors![0]!.message).toMatch(/no longer valid/);
    expect((await readPage('forhandsvisad')).body.data!.page.title).toBe('Nyare utkast, publicerat');
  });
});
