import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Municipality, Page, User } from '../../cms/payload-types.js';
import { DocumentWithoutMunicipalityError, syncDocument } from '../../cms/publishing/sync.js';
import { municipalityBySlug, type MunicipalityRef } from '../../cms/tenancy/municipality.js';
import { listMunicipalities } from '../../functions/tenancy/registry.js';
import { contractOperation } from '../support/contract.js';
import { errorCodes, TENANT } from '../support/api.js';
import { startCms, type TestCms } from './support.js';
import { drainSyncJobs } from '../../cms/publishing/drain.js';
import { seedMunicipalExamples } from '../../cms/seed/municipal-examples.js';
import { backfillLocalTenants } from '../../cms/tenancy/bootstrap.js';
import { needsAttention } from '../../cms/attention/attention.js';
import { createLocalReq } from 'payload';
import { resyncReadModel } from '../../cms/publishing/resync.js';
import { municipalityOfRequest } from '../../cms/tenancy/request-municipality.js';
import { registerContextOf } from '../../cms/moderation/register-context.js';
import { municipalityOfTraining } from '../../cms/trainings/participants-data.js';

/**
 * The CMS per municipality (issue 32): Huddinge's editors see and edit Huddinge's documents only, a regional admin
 * every municipality's, and a document is published into its own municipality's part of the API. Botkyrka is the
 * deployment's default municipality (the test API's TENANT), created with the local schema.
 */
let cms: TestCms;
let botkyrka: MunicipalityRef;
let huddinge: Municipality;
let huddingeEditor: User & { collection: 'users' };
let regionalAdmin: User & { collection: 'users' };

const HUDDINGE = 'huddinge';

/** The district names the API lists for a municipality. */
async function districtNames(municipality: string): Promise<string[]> {
  const response = await cms.api.send({
    method: 'POST',
    rawQueryString: `municipality=${municipality}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query Districts { districts { slug name } }' }),
  });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return (response.body.data?.districts as { name: string }[]).map((district) => district.name);
}

/** A page as the API answers it for a municipality (`?municipality=`), or the default one without. */
async function pageTitle(key: string, municipality?: string): Promise<string | null> {
  const response = await cms.api.send({
    method: 'POST',
    rawQueryString: municipality ? `municipality=${municipality}` : '',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: contractOperation('Page'), variables: { slug: key } }),
  });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return (response.body.data?.page as { title: string } | null)?.title ?? null;
}

/** Payload's REST routes, as the admin's browser calls them. */
const rest = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const { handleEndpoints } = await import('payload');
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `JWT ${init.token}`);
  return handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://cms.test/api${path}`, { ...init, headers }),
  });
};

const asUser = (user: User) => ({ ...user, collection: 'users' as const });

async function publishedPage(key: string, title: string, tenant?: number): Promise<Page> {
  return cms.payload.create({
    collection: 'pages',
    data: { key, visibility: 'PUBLIC', title, _status: 'published', ...(tenant ? { tenant } : {}) },
  });
}

beforeAll(async () => {
  cms = await startCms('sqlite');
  process.env.VARNA_PREVIEW_SECRET = cms.api.config.previewSecret;
  process.env.VARNA_WEB_URL = 'https://www.example.test';
  botkyrka = (await municipalityBySlug(cms.payload, TENANT))!;
  huddinge = await cms.payload.create({
    collection: 'municipalities',
    data: { name: 'Huddinge', slug: HUDDINGE, kind: 'municipality', origins: [{ origin: 'https://www.huddinge.se' }] },
  });
  // Before the API's first request: an API instance reads the registry at most once a minute.
  await cms.payload.create({
    collection: 'municipalities',
    data: { name: 'Haninge', slug: 'haninge', kind: 'municipality' },
  });
  huddingeEditor = asUser(
    await cms.payload.create({
      collection: 'users',
      data: {
        email: 'redaktor@huddinge.example',
        password: 'a-long-password-1',
        roles: ['editor'],
        tenants: [{ tenant: huddinge.id }],
      },
    }),
  );
  regionalAdmin = asUser(
    await cms.payload.create({
      collection: 'users',
      data: {
        email: 'regional@sodertorn.example',
        password: 'a-long-password-1',
        roles: ['regional-admin', 'admin', 'editor'],
        tenants: [],
      },
    }),
  );
}, 180_000);

afterAll(async () => {
  await cms?.close();
});

describe('the CMS per municipality', () => {
  it('has Botkyrka as the default municipality, and gives a user created without municipalities Botkyrka', async () => {
    expect(botkyrka).toBeDefined();
    const user = await cms.payload.create({
      collection: 'users',
      data: { email: 'ny@botkyrka.example', password: 'a-long-password-1', roles: ['editor'] },
    });
    expect(user.tenants?.map((row) => (typeof row.tenant === 'object' ? row.tenant.id : row.tenant))).toEqual([
      botkyrka.id,
    ]);
  });

  it("lists and reads only Huddinge's documents for a Huddinge editor, and refuses their edit of Botkyrka's", async () => {
    const botkyrkas = await publishedPage('botkyrka-egen', 'Botkyrkas egen');
    const huddinges = await publishedPage('huddinge-egen', 'Huddinges egen', huddinge.id);
    expect(typeof botkyrkas.tenant === 'object' ? botkyrkas.tenant?.id : botkyrkas.tenant).toBe(botkyrka.id);

    const seen = await cms.payload.find({
      collection: 'pages',
      user: huddingeEditor,
      overrideAccess: false,
      limit: 100,
    });
    expect(seen.docs.map((page) => page.key)).toEqual(['huddinge-egen']);
    await expect(
      cms.payload.findByID({ collection: 'pages', id: botkyrkas.id, user: huddingeEditor, overrideAccess: false }),
    ).rejects.toThrow(/Hittades inte/);
    await expect(
      cms.payload.update({
        collection: 'pages',
        id: botkyrkas.id,
        data: { title: 'Kapad' },
        user: huddingeEditor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Hittades inte|får inte utföra/);
    const unchanged = await cms.payload.findByID({ collection: 'pages', id: botkyrkas.id });
    expect(unchanged.title).toBe('Botkyrkas egen');

    const edited = await cms.payload.update({
      collection: 'pages',
      id: huddinges.id,
      data: { title: 'Huddinges ändrade' },
      user: huddingeEditor,
      overrideAccess: false,
    });
    expect(edited.title).toBe('Huddinges ändrade');
    // A new document of theirs belongs to Huddinge without their choosing it.
    const created = await cms.payload.create({
      collection: 'pages',
      data: { key: 'huddinge-ny', visibility: 'PUBLIC', title: 'Ny i Huddinge', _status: 'published' },
      user: huddingeEditor,
      overrideAccess: false,
    });
    expect(typeof created.tenant === 'object' ? created.tenant?.id : created.tenant).toBe(huddinge.id);
  });

  it("refuses a Huddinge editor's document in Botkyrka", async () => {
    await expect(
      cms.payload.create({
        collection: 'pages',
        data: {
          key: 'huddinge-i-botkyrka',
          visibility: 'PUBLIC',
          title: 'Fel kommun',
          _status: 'published',
          tenant: botkyrka.id,
        },
        user: huddingeEditor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/ogiltigt: tenant/);
  });

  it('asks a regional admin who chose no municipality to choose one, for a draft too', async () => {
    await expect(
      cms.payload.create({
        collection: 'pages',
        data: { key: 'regional-utan-kommun', visibility: 'PUBLIC', title: 'Utan kommun', _status: 'draft' },
        draft: true,
        user: regionalAdmin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/ogiltigt: tenant/);
    expect(
      (await cms.payload.find({ collection: 'pages', where: { key: { equals: 'regional-utan-kommun' } } })).docs,
    ).toEqual([]);
  });

  it("lets a regional admin read every municipality's documents", async () => {
    const seen = await cms.payload.find({
      collection: 'pages',
      user: regionalAdmin,
      overrideAccess: false,
      limit: 100,
    });
    expect(seen.docs.map((page) => page.key)).toEqual(expect.arrayContaining(['botkyrka-egen', 'huddinge-egen']));
  });

  it('registers a municipality created in the CMS with the API, which then serves it', async () => {
    const registry = await listMunicipalities(cms.api.db);
    expect(registry.find((item) => item.slug === HUDDINGE)).toMatchObject({
      name: 'Huddinge',
      kind: 'MUNICIPALITY',
      origins: ['https://www.huddinge.se'],
    });
    const unknown = await cms.api.send({
      method: 'POST',
      rawQueryString: 'municipality=nacka',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: contractOperation('Page'), variables: { slug: 'huddinge-egen' } }),
    });
    expect(errorCodes(unknown)).toContain('BAD_USER_INPUT');
  });

  it("publishes a Huddinge document into Huddinge's read model, not Botkyrka's, and moves it with the document", async () => {
    await publishedPage('huddinge-nyheter', 'Huddinges nyheter', huddinge.id);
    await cms.runSyncJobs();
    expect(await pageTitle('huddinge-nyheter', HUDDINGE)).toBe('Huddinges nyheter');
    expect(await pageTitle('huddinge-nyheter')).toBeNull();
    expect(await pageTitle('huddinge-nyheter', TENANT)).toBeNull();
    expect(await pageTitle('botkyrka-egen')).toBe('Botkyrkas egen');
    expect(await pageTitle('botkyrka-egen', HUDDINGE)).toBeNull();

    // A regional admin moves it to Botkyrka: it leaves Huddinge's website for Botkyrka's.
    const [moved] = (await cms.payload.find({ collection: 'pages', where: { key: { equals: 'huddinge-nyheter' } } }))
      .docs;
    await cms.payload.update({
      collection: 'pages',
      id: moved!.id,
      data: { tenant: botkyrka.id },
      user: regionalAdmin,
      overrideAccess: false,
    });
    await cms.runSyncJobs();
    expect(await pageTitle('huddinge-nyheter', HUDDINGE)).toBeNull();
    expect(await pageTitle('huddinge-nyheter')).toBe('Huddinges nyheter');
  });

  it("offers Botkyrka's training to Huddinge: the sync writes Huddinge a copy naming its organiser, and retires it when the partnership ends", async () => {
    const trainingIn = async (municipality: string) => {
      const response = await cms.api.send({
        method: 'POST',
        rawQueryString: '',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await cms.api.token('staff', `staff-${municipality}`, undefined, { municipality })}`,
        },
        body: JSON.stringify({
          query: 'query T($id: ID!) { training(id: $id) { title organiser offeredTo } }',
          variables: { id: 'delad-grundutbildning' },
        }),
      });
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return response.body.data?.training as { title: string; organiser: string | null; offeredTo: string[] } | null;
    };
    const startsAt = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString();
    const training = await cms.payload.create({
      collection: 'trainings',
      data: {
        key: 'delad-grundutbildning',
        visibility: 'INTERNAL',
        title: 'Delad grundutbildning',
        startsAt,
        audience: 'FIRST_LINE_STAFF',
        capacity: 30,
        tenant: botkyrka.id,
        offeredTo: [huddinge.id],
        _status: 'published',
      },
    });
    await cms.runSyncJobs();
    expect(await trainingIn(TENANT)).toEqual({
      title: 'Delad grundutbildning',
      organiser: null,
      offeredTo: [HUDDINGE],
    });
    expect(await trainingIn(HUDDINGE)).toEqual({
      title: 'Delad grundutbildning',
      organiser: TENANT,
      offeredTo: [HUDDINGE],
    });
    expect(await trainingIn('haninge')).toBeNull();

    // Only the organiser's admins decide the partners: an editor's change of them is refused and changes nothing.
    const botkyrkaEditor = asUser({ ...huddingeEditor, tenants: [{ tenant: botkyrka.id }], roles: ['editor'] });
    await cms.payload
      .update({
        collection: 'trainings',
        id: training.id,
        data: { offeredTo: [] },
        user: botkyrkaEditor,
        overrideAccess: false,
      })
      .catch(() => undefined);
    const afterEditor = await cms.payload.findByID({ collection: 'trainings', id: training.id, depth: 0 });
    expect(afterEditor.offeredTo).toEqual([huddinge.id]);

    // A municipality's resync keeps the copy it holds of another's training, and the organiser's keeps its partners.
    for (const municipality of [HUDDINGE, TENANT]) {
      const report = await resyncReadModel(cms.payload, { db: cms.api.db, tenant: municipality });
      expect(report.removed).not.toContain('training/delad-grundutbildning');
      expect(report.republished).not.toContain('training/delad-grundutbildning');
    }

    // The organiser's admin ends the partnership: Huddinge's copy is retired, Botkyrka's training stays.
    await cms.payload.update({
      collection: 'trainings',
      id: training.id,
      data: { offeredTo: [] },
      user: regionalAdmin,
      overrideAccess: false,
    });
    await cms.runSyncJobs();
    expect(await trainingIn(HUDDINGE)).toBeNull();
    expect(await trainingIn(TENANT)).toEqual({ title: 'Delad grundutbildning', organiser: null, offeredTo: [] });
  });

  it("answers a Huddinge user's moderation, reports, webhooks and training rolls for Huddinge, whatever the selector's cookie names", async () => {
    const request = (user: User, chosen?: number) => ({
      user,
      payload: cms.payload,
      headers: new Headers(chosen === undefined ? {} : { cookie: `payload-tenant=${chosen}` }),
    });
    expect(await municipalityOfRequest(request(huddingeEditor))).toBe(HUDDINGE);
    // A cookie naming a municipality the user does not work in changes nothing.
    expect(await municipalityOfRequest(request(huddingeEditor, botkyrka.id))).toBe(HUDDINGE);
    // A regional admin's view follows the selector; without a choice, the deployment's default.
    expect(await municipalityOfRequest(request(regionalAdmin, huddinge.id))).toBe(HUDDINGE);
    expect(await municipalityOfRequest(request(regionalAdmin))).toBe(TENANT);
    expect((await registerContextOf(request(huddingeEditor, botkyrka.id))).tenant).toBe(HUDDINGE);
    // A training's people are read in the training's own municipality.
    expect(await municipalityOfTraining(cms.payload, { tenant: huddinge.id })).toBe(HUDDINGE);
  });

  it('does not let a Huddinge editor move a document to another municipality', async () => {
    const page = await publishedPage('huddinge-stannar', 'Stannar', huddinge.id);
    await cms.payload
      .update({
        collection: 'pages',
        id: page.id,
        data: { tenant: botkyrka.id },
        user: huddingeEditor,
        overrideAccess: false,
      })
      .catch(() => undefined);
    const after = await cms.payload.findByID({ collection: 'pages', id: page.id, depth: 0 });
    expect(after.tenant).toBe(huddinge.id);
  });

  it('fails the sync of a document without a municipality, and unpublishes nothing', async () => {
    const page = await publishedPage('botkyrka-foraldralos', 'Föräldralös');
    await cms.runSyncJobs();
    expect(await pageTitle('botkyrka-foraldralos')).toBe('Föräldralös');
    // As a database from before municipalities that no backfill reached.
    await (cms.payload.db as unknown as SQLiteAdapter).drizzle.run(
      sql`UPDATE pages SET tenant_id = NULL WHERE id = ${page.id}`,
    );
    await expect(
      syncDocument(cms.payload, { collection: 'pages', id: String(page.id), key: page.key }),
    ).rejects.toBeInstanceOf(DocumentWithoutMunicipalityError);
    expect(await pageTitle('botkyrka-foraldralos')).toBe('Föräldralös');
  });

  it("imports Huddinge's and Haninge's example content, each under its own municipality (npm run dev's first start)", async () => {
    await seedMunicipalExamples(cms.payload);
    expect(await drainSyncJobs(cms.payload, 30_000)).toBe(0);
    expect(await districtNames('haninge')).toEqual(['Brandbergen (exempel)', 'Handen (exempel)', 'Jordbro (exempel)']);
    expect(await districtNames(HUDDINGE)).toEqual(['Flemingsberg (exempel)', 'Skogås (exempel)', 'Vårby (exempel)']);
    expect(await districtNames(TENANT)).not.toContain('Handen (exempel)');
    expect(await pageTitle('sa-arbetar-haninge', 'haninge')).toBe('Så arbetar Haninge (exempel)');
    expect(await pageTitle('sa-arbetar-haninge', HUDDINGE)).toBeNull();
    expect(await pageTitle('sa-arbetar-haninge')).toBeNull();
    const seen = await cms.payload.find({
      collection: 'support-resources',
      user: huddingeEditor,
      overrideAccess: false,
      limit: 100,
    });
    expect(seen.docs.map((resource) => resource.key)).toEqual(['huddinge-orossamtal']);
    // Fryshuset's training, offered to all three: Haninge's staff see it with its organiser, and their department.
    const haningeStaff = await cms.api.token('staff', 'haninge-person', undefined, { municipality: 'haninge' });
    const offered = await cms.api.graphql(
      'query Offered($id: ID!) { training(id: $id) { organiser seatsLeft registrationOpen } departments { slug } }',
      { id: 'fryshuset-samtal-om-extremism' },
      { token: haningeStaff },
    );
    expect(offered.body.data).toEqual({
      training: { organiser: 'fryshuset', seatsLeft: 60, registrationOpen: true },
      departments: [{ slug: 'haninge-socialtjanst' }],
    });
    // Importing again updates, in the municipality's own documents.
    const again = await seedMunicipalExamples(cms.payload);
    expect(again.created).toEqual([]);
  }, 180_000);

  it('gives the default municipality every document, version and user of a local database from before municipalities', async () => {
    const page = await publishedPage('botkyrka-fran-forr', 'Från förr');
    const user = await cms.payload.create({
      collection: 'users',
      data: { email: 'forr@botkyrka.example', password: 'a-long-password-1', roles: ['editor'] },
    });
    const db = (cms.payload.db as unknown as SQLiteAdapter).drizzle;
    await db.run(sql`UPDATE pages SET tenant_id = NULL WHERE id = ${page.id}`);
    await db.run(sql`UPDATE _pages_v SET version_tenant_id = NULL WHERE parent_id = ${page.id}`);
    await db.run(sql`DELETE FROM users_tenants WHERE _parent_id = ${user.id}`);
    const editor = asUser(await cms.payload.findByID({ collection: 'users', id: user.id, depth: 0 }));
    expect(editor.tenants).toEqual([]);
    // A user of no municipality reads no editorial content at all.
    await expect(cms.payload.find({ collection: 'pages', user: editor, overrideAccess: false })).rejects.toThrow(
      /får inte utföra/,
    );

    await backfillLocalTenants(cms.payload, botkyrka);
    expect((await cms.payload.findByID({ collection: 'pages', id: page.id, depth: 0 })).tenant).toBe(botkyrka.id);
    const versions = await cms.payload.findVersions({
      collection: 'pages',
      depth: 0,
      where: { parent: { equals: page.id } },
    });
    expect(versions.docs.map((version) => version.version.tenant)).toEqual(versions.docs.map(() => botkyrka.id));
    const backfilled = asUser(await cms.payload.findByID({ collection: 'users', id: user.id, depth: 0 }));
    expect(backfilled.tenants?.map((row) => row.tenant)).toEqual([botkyrka.id]);
    const seen = await cms.payload.find({ collection: 'pages', user: backfilled, overrideAccess: false, limit: 100 });
    expect(seen.docs.map((doc) => doc.key)).toContain('botkyrka-fran-forr');
  });

  it("lists on a Huddinge editor's dashboard Huddinge's drafts and stale documents only; a regional admin's lists both", async () => {
    for (const [key, tenant] of [
      ['botkyrka-utkast', botkyrka.id],
      ['huddinge-utkast', huddinge.id],
    ] as const)
      await cms.payload.create({
        collection: 'support-resources',
        data: { key, visibility: 'PUBLIC', title: key, body: null, _status: 'draft', tenant },
        draft: true,
      });
    const listed = async (user: User & { collection: 'users' }) => {
      const attention = await needsAttention(await createLocalReq({ user }, cms.payload));
      return {
        drafts: attention.drafts.map((item) => item.title),
        stale: attention.stale.map((item) => item.title),
      };
    };
    const huddinges = await listed(huddingeEditor);
    expect(huddinges.drafts).toContain('huddinge-utkast');
    expect(huddinges.drafts).not.toContain('botkyrka-utkast');
    expect(huddinges.stale).toContain('huddinge-utkast');
    expect(huddinges.stale).not.toContain('botkyrka-utkast');
    const regional = await listed(regionalAdmin);
    expect(regional.drafts).toEqual(expect.arrayContaining(['huddinge-utkast', 'botkyrka-utkast']));
  });

  it("serves a Huddinge editor Huddinge's documents through the CMS's REST API, and previews their drafts under Huddinge", async () => {
    const login = await rest('/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redaktor@huddinge.example', password: 'a-long-password-1' }),
    });
    const { token } = (await login.json()) as { token: string };
    const listed = await rest('/pages?limit=100&depth=0', { token });
    expect(listed.status).toBe(200);
    const keys = ((await listed.json()) as { docs: { key: string }[] }).docs.map((doc) => doc.key);
    expect(keys).toContain('huddinge-egen');
    expect(keys).not.toContain('botkyrka-egen');
    const [botkyrkas] = (await cms.payload.find({ collection: 'pages', where: { key: { equals: 'botkyrka-egen' } } }))
      .docs;
    expect((await rest(`/pages/${botkyrkas!.id}`, { token })).status).toBe(404);
    const patched = await rest(`/pages/${botkyrkas!.id}`, {
      token,
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Kapad' }),
    });
    expect([403, 404]).toContain(patched.status);

    const page = await publishedPage('huddinge-forhandsvisning', 'Publicerad', huddinge.id);
    await cms.payload.update({ collection: 'pages', id: page.id, data: { title: 'Utkast' }, draft: true });
    await cms.runSyncJobs();
    const redirect = await rest(`/pages/${page.id}/preview?locale=sv`, { token });
    expect(redirect.status).toBe(303);
    const link = new URL(redirect.headers.get('location')!);
    const previewed = await cms.api.send({
      method: 'POST',
      rawQueryString: `municipality=${HUDDINGE}`,
      headers: { 'content-type': 'application/json', 'x-varna-preview': link.searchParams.get('token')! },
      body: JSON.stringify({
        query: contractOperation('Page'),
        variables: { slug: 'huddinge-forhandsvisning', locale: 'SV' },
      }),
    });
    expect(previewed.body.errors, JSON.stringify(previewed.body.errors)).toBeUndefined();
    expect((previewed.body.data!.page as { title: string }).title).toBe('Utkast');
  });

  it('lets only a regional admin make someone a regional admin', async () => {
    const municipalAdmin = asUser(
      await cms.payload.create({
        collection: 'users',
        data: {
          email: 'admin@huddinge.example',
          password: 'a-long-password-1',
          roles: ['admin'],
          tenants: [{ tenant: huddinge.id }],
        },
      }),
    );
    const promoted = await cms.payload.update({
      collection: 'users',
      id: huddingeEditor.id,
      data: { roles: ['editor', 'regional-admin'] },
      user: municipalAdmin,
      overrideAccess: false,
    });
    expect(promoted.roles).toEqual(['editor']);
    const byRegional = await cms.payload.update({
      collection: 'users',
      id: huddingeEditor.id,
      data: { roles: ['editor', 'regional-admin'] },
      user: regionalAdmin,
      overrideAccess: false,
    });
    expect(byRegional.roles).toEqual(['editor', 'regional-admin']);
  });
});
