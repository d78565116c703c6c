import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../cms/access/roles.js';
import { errorCodes } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { startCms, type TestCms } from './support.js';

/**
 * Draft previews from the CMS (GET /api/{collection}/{id}/preview, behind Payload's preview button): a
 * signed-in editor's link opens the newest draft on the frontend, through the API; the link dies when the
 * draft is published; nobody signed out, and no CMS user who may not read the document, gets one.
 */
let cms: TestCms;

const rest = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const { handleEndpoints } = await import('payload');
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `JWT ${init.token}`);
  return handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://cms.test/api${path}`, { ...init, headers }),
  });
};

const signIn = async (roles: Role[]) => {
  const email = `preview-${roles.join('-') || 'none'}-${Date.now()}@example.org`;
  await cms.payload.create({ collection: 'users', data: { email, password: 'a-long-password-1', roles } });
  const response = await rest('/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a-long-password-1' }),
  });
  return ((await response.json()) as { token: string }).token;
};

/** What a frontend's /preview route does with the link: the contract's Page query, with the link's token. */
const renderPreview = async (link: string) => {
  const url = new URL(link);
  return cms.api.send({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-varna-preview': url.searchParams.get('token')! },
    body: JSON.stringify({
      query: contractOperation('Page'),
      variables: { slug: url.searchParams.get('key'), locale: url.searchParams.get('locale')!.toUpperCase() },
    }),
  });
};

beforeAll(async () => {
  cms = await startCms('sqlite');
  // The CMS signs with the secret the API verifies with (both from the local data folder in `npm run dev`).
  process.env.VARNA_PREVIEW_SECRET = cms.api.config.previewSecret;
  process.env.VARNA_WEB_URL = 'https://www.example.test';
}, 180_000);

afterAll(async () => {
  await cms?.close();
});

describe('a preview link from the CMS', () => {
  it('opens the newest draft on the website through the API, and stops working once the draft is published', async () => {
    const editor = await signIn(['editor']);
    const page = await cms.payload.create({
      collection: 'pages',
      data: { key: 'cms-forhandsvisning', visibility: 'PUBLIC', title: 'Publicerad', _status: 'published' },
    });
    await cms.payload.update({ collection: 'pages', id: page.id, data: { title: 'Utkast' }, draft: true });
    await cms.runSyncJobs();

    // Payload's preview button follows the endpoint, which sends the browser on to the website (303).
    const redirect = await rest(`/pages/${page.id}/preview?locale=sv`, { token: editor });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('cache-control')).toBe('private, no-store');
    const link = redirect.headers.get('location')!;
    expect(link).toMatch(
      /^https:\/\/www\.example\.test\/preview\?token=[\w-]+\.[\w-]+\.[\w-]+&type=page&key=cms-forhandsvisning&locale=sv$/,
    );

    const previewed = await renderPreview(link);
    expect(previewed.body.errors).toBeUndefined();
    expect(previewed.body.data!.page.title).toBe('Utkast');
    expect(
      (await cms.api.graphql(contractOperation('Page'), { slug: 'cms-forhandsvisning' })).body.data!.page.title,
    ).toBe('Publicerad');

    await cms.payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } });
    await cms.runSyncJobs();
    const afterPublish = await renderPreview(link);
    expect(errorCodes(afterPublish)).toEqual(['CONFLICT']);
    expect(
      (await cms.api.graphql(contractOperation('Page'), { slug: 'cms-forhandsvisning' })).body.data!.page.title,
    ).toBe('Utkast');
  });

  it('is refused to someone signed out and to a CMS user who may not read the document', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      data: { key: 'cms-bara-utkast', visibility: 'PUBLIC', title: 'Bara utkast', _status: 'draft' },
      draft: true,
    });
    const signedOut = await rest(`/pages/${page.id}/preview?locale=sv`, { headers: { accept: 'application/json' } });
    expect(signedOut.status).toBe(403);
    expect(await signedOut.text()).not.toMatch(/token=/);
    // A coordinator reads reports, not editorial documents.
    const coordinator = await signIn(['coordinator']);
    const refused = await rest(`/pages/${page.id}/preview?locale=sv`, {
      token: coordinator,
      headers: { accept: 'application/json' },
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toMatch(/token=/);
    // A contributor may read (and write) drafts, so previews them.
    const contributor = await signIn(['contributor']);
    const allowed = await rest(`/pages/${page.id}/preview?locale=sv`, {
      token: contributor,
      headers: { accept: 'application/json' },
    });
    expect(allowed.status).toBe(200);
    const { url } = (await allowed.json()) as { url: string };
    expect((await renderPreview(url)).body.data!.page.title).toBe('Bara utkast');
  });
});
