import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Municipality, SupportResource, User } from '../../cms/payload-types.js';
import { nationalExample } from '../../functions/read-model/municipal-examples.js';
import { seedMunicipalExamples } from '../../cms/seed/municipal-examples.js';
import { drainSyncJobs } from '../../cms/publishing/drain.js';
import { resyncReadModel } from '../../cms/publishing/resync.js';
import { municipalityBySlug } from '../../cms/tenancy/municipality.js';
import { rebuildSearchIndexes } from '../../functions/search/indexer.js';
import { forgetSearchIndexes } from '../../functions/search/index-cache.js';
import { contractOperation } from '../support/contract.js';
import { TENANT } from '../support/api.js';
import { startCms, type TestCms } from './support.js';

/**
 * National content (issue 32): the national tenant's support line, maintained once in the CMS, is shown in every
 * municipality's list, search and page, marked `national`; a municipality's admin hides it from their municipality
 * only, and un-hides it; an edit or an unpublish reaches every municipality; a municipality registered afterwards
 * shows it too. Botkyrka is the deployment's default municipality; the real sync jobs write DynamoDB Local.
 */
let cms: TestCms;
let huddinge: Municipality;
let huddingeAdmin: User & { collection: 'users' };
let line: SupportResource;

const LINE = 'stodlinjen-for-anhoriga';
const TITLE = 'Stödlinjen för anhöriga (exempel)';
const SHOWING = [TENANT, 'huddinge', 'haninge', 'nacka'];

async function graphql(municipality: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await cms.api.send({
    method: 'POST',
    rawQueryString: `municipality=${municipality}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data as Record<string, any>;
}

/** The support resources a municipality's website lists (the contract's read), as `title` and `national`. */
async function listed(municipality: string): Promise<{ slug: string; title: string; national: boolean }[]> {
  const data = await graphql(
    municipality,
    'query Listed { supportResources(first: 100) { edges { node { slug title national provider { id name national } } } } }',
  );
  return data.supportResources.edges.map((edge: { node: any }) => edge.node);
}

/** The national line's page on a municipality's website (the contract's read), or null. */
async function page(municipality: string): Promise<{ title: string } | null> {
  return (await graphql(municipality, contractOperation('SupportResource'), { slug: LINE })).supportResource;
}

/** What a municipality's search finds for the line, once its index has caught up with its content. */
async function found(municipality: string): Promise<string[]> {
  await rebuildSearchIndexes(cms.api.db, municipality, new Date());
  forgetSearchIndexes();
  const data = await graphql(municipality, contractOperation('Search'), { query: 'stödlinjen anhöriga' });
  return data.search.edges.map((edge: { node: { slug?: string } }) => edge.node.slug).filter(Boolean);
}

const titlesIn = async (municipality: string) => (await listed(municipality)).map((resource) => resource.title);

beforeAll(async () => {
  cms = await startCms('sqlite');
  // The national tenant with its support line, Huddinge and Haninge (npm run dev's examples), all before the
  // API's first request: an API instance reads the registry at most once a minute.
  await seedMunicipalExamples(cms.payload);
  expect(await drainSyncJobs(cms.payload, 30_000)).toBe(0);
  // A municipality registered after the national line was published.
  await cms.payload.create({
    collection: 'municipalities',
    data: { name: 'Nacka', slug: 'nacka', kind: 'municipality' },
  });
  huddinge = (await cms.payload.find({ collection: 'municipalities', where: { slug: { equals: 'huddinge' } } }))
    .docs[0]!;
  huddingeAdmin = {
    ...(await cms.payload.create({
      collection: 'users',
      data: {
        email: 'admin@huddinge.example',
        password: 'a-long-password-1',
        roles: ['admin', 'editor'],
        tenants: [{ tenant: huddinge.id }],
      },
    })),
    collection: 'users' as const,
  };
  line = (await cms.payload.find({ collection: 'support-resources', where: { key: { equals: LINE } } })).docs[0]!;
}, 180_000);

afterAll(async () => {
  await cms?.close();
});

/** Huddinge's admin sets the national keys their municipality hides, as on their "Kommuner" document. */
const hideInHuddinge = (keys: string[]) =>
  cms.payload.update({
    collection: 'municipalities',
    id: huddinge.id,
    data: { hiddenNational: keys },
    user: huddingeAdmin,
    overrideAccess: false,
  });

describe('national content', () => {
  it("is shown in every municipality's list, marked national, with its national provider; not the others' own", async () => {
    for (const municipality of SHOWING) {
      const resources = await listed(municipality);
      const national = resources.find((resource) => resource.slug === LINE);
      expect(national, municipality).toMatchObject({
        title: TITLE,
        national: true,
        provider: { id: 'nationella-stodlinjen', name: 'Nationella stödlinjen (exempel)', national: true },
      });
      expect(resources.filter((resource) => resource.slug !== LINE).every((resource) => !resource.national)).toBe(true);
    }
    expect(await titlesIn('huddinge')).toContain('Orossamtal i Huddinge (exempel)');
    expect(await titlesIn('haninge')).not.toContain('Orossamtal i Huddinge (exempel)');
    expect(await titlesIn('nacka')).toEqual([TITLE]);
  });

  it("is found by every municipality's search and read by its page", async () => {
    for (const municipality of SHOWING) {
      expect(await found(municipality), municipality).toContain(LINE);
      expect(await page(municipality), municipality).toMatchObject({ title: TITLE });
    }
  });

  it("is edited by the national tenant's own editors, not by a municipality's", async () => {
    const nationellt = (await municipalityBySlug(cms.payload, 'nationellt'))!;
    const nationalEditor = {
      ...(await cms.payload.create({
        collection: 'users',
        data: {
          email: 'redaktor@nationellt.example',
          password: 'a-long-password-1',
          roles: ['editor'],
          tenants: [{ tenant: nationellt.id }],
        },
      })),
      collection: 'users' as const,
    };
    await expect(
      cms.payload.update({
        collection: 'support-resources',
        id: line.id,
        data: { priority: 1 },
        user: huddingeAdmin,
        overrideAccess: false,
      }),
    ).rejects.toThrow();
    const edited = await cms.payload.update({
      collection: 'support-resources',
      id: line.id,
      data: { priority: 210 },
      user: nationalEditor,
      overrideAccess: false,
    });
    expect(edited.priority).toBe(210);
    await cms.runSyncJobs();
  });

  it('refuses a hidden key that names no national document', async () => {
    const refused = await hideInHuddinge(['huddinge-orossamtal']).then(
      () => undefined,
      (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors,
    );
    expect(refused).toMatchObject([
      { path: 'hiddenNational', message: expect.stringMatching(/^huddinge-orossamtal: ingen nationell stödresurs/) },
    ]);
  });

  it("is hidden in Huddinge by Huddinge's admin, there only, and comes back when un-hidden", async () => {
    await hideInHuddinge([LINE]);
    expect(await titlesIn('huddinge')).not.toContain(TITLE);
    expect(await page('huddinge')).toBeNull();
    expect(await found('huddinge')).not.toContain(LINE);
    for (const municipality of [TENANT, 'haninge', 'nacka']) {
      expect(await titlesIn(municipality), municipality).toContain(TITLE);
      expect(await page(municipality), municipality).not.toBeNull();
    }
    // The national tenant's later edits do not bring it back while it is hidden.
    await cms.payload.update({ collection: 'support-resources', id: line.id, data: { priority: 150 } });
    await cms.runSyncJobs();
    expect(await titlesIn('huddinge')).not.toContain(TITLE);

    await hideInHuddinge([]);
    expect(await titlesIn('huddinge')).toContain(TITLE);
    expect(await page('huddinge')).toMatchObject({ title: TITLE });
    expect(await found('huddinge')).toContain(LINE);
  });

  it('is edited once and shows the edit in every municipality', async () => {
    await cms.payload.update({
      collection: 'support-resources',
      id: line.id,
      data: { title: 'Stödlinjen för anhöriga, ny (exempel)' },
      locale: 'sv',
    });
    await cms.runSyncJobs();
    for (const municipality of SHOWING)
      expect(await page(municipality), municipality).toMatchObject({ title: 'Stödlinjen för anhöriga, ny (exempel)' });
  });

  it("is left alone by a municipality's resync, which keeps only that municipality's own documents", async () => {
    const report = await resyncReadModel(cms.payload, { db: cms.api.db, tenant: 'huddinge' });
    expect(report.removed).toEqual([]);
    expect(await page('huddinge')).not.toBeNull();
  });

  it('is removed from every municipality when unpublished, and comes back when published again', async () => {
    await cms.payload.update({ collection: 'support-resources', id: line.id, data: { _status: 'draft' } });
    await cms.runSyncJobs();
    for (const municipality of SHOWING) {
      expect(await page(municipality), municipality).toBeNull();
      expect(await titlesIn(municipality), municipality).not.toContain('Stödlinjen för anhöriga, ny (exempel)');
      expect(await found(municipality), municipality).not.toContain(LINE);
    }
    await cms.payload.update({ collection: 'support-resources', id: line.id, data: { _status: 'published' } });
    await cms.runSyncJobs();
    for (const municipality of SHOWING) expect(await page(municipality), municipality).not.toBeNull();
  });

  it("is not in a municipality's prevention report: its own editors neither maintain nor re-verify it", async () => {
    const token = await cms.api.token('coordinator', 'huddinge-samordnare', undefined, { municipality: 'huddinge' });
    const now = new Date();
    const response = await cms.api.graphql(
      contractOperation('PreventionReport'),
      { from: new Date(now.getTime() - 365 * 24 * 3600_000).toISOString(), to: now.toISOString() },
      { token },
    );
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    const report = response.body.data?.preventionReport as {
      staleSupportResources: { id: string }[];
      supportResourcesByPreventionLevel: { preventionLevel: string; count: number }[];
    };
    // Huddinge's own example line was never verified; the national line (never verified either) is not Huddinge's.
    expect(report.staleSupportResources.map((resource) => resource.id)).toEqual(['huddinge-orossamtal']);
    expect(report.supportResourcesByPreventionLevel).toContainEqual({ preventionLevel: 'INDIVIDUAL', count: 1 });
    // …while Huddinge's staff list it beside their own.
    const staff = await cms.api.token('staff', 'huddinge-personal', undefined, { municipality: 'huddinge' });
    const listedForStaff = await cms.api.graphql(contractOperation('StaffSupportResources'), {}, { token: staff });
    expect(JSON.stringify(listedForStaff.body.data)).toContain(LINE);
  });

  it('is the national example of npm run dev', async () => {
    expect(nationalExample.kind).toBe('national');
    expect((await municipalityBySlug(cms.payload, nationalExample.slug))?.slug).toBe('nationellt');
  });
});
