import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, type NewMunicipality } from '../../cms/tenancy/create-municipality.js';
import { municipalityBySlug } from '../../cms/tenancy/municipality.js';
import { searchPointerOf } from '../../functions/search/version.js';
import { listMunicipalities } from '../../functions/tenancy/registry.js';
import { startCms, type TestCms } from './support.js';

/**
 * `npm run tenant:create` (issue 32): a municipality made ready in one go — its CMS document and the API's registry
 * item, its districts published into it, its first admin invited with it as their municipality, its search index —
 * and, run again, nothing duplicated.
 */
let cms: TestCms;

const nacka: NewMunicipality = {
  name: 'Nacka',
  slug: 'nacka',
  kind: 'municipality',
  origins: ['https://www.nacka.example.se'],
  districts: [
    { key: 'fisksatra', name: { sv: 'Fisksätra (exempel)' } },
    { key: 'orminge', name: { sv: 'Orminge (exempel)' } },
  ],
  admin: { email: 'Admin@Nacka.example.se', name: 'Nadia Nacka' },
};

const districtsOf = async (municipality: string, origin?: string) => {
  const response = await cms.api.send({
    method: 'POST',
    rawQueryString: origin ? '' : `municipality=${municipality}`,
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: 'query Districts { districts { slug name } }' }),
  });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return (response.body.data?.districts as { name: string }[]).map((district) => district.name).sort();
};

beforeAll(async () => {
  cms = await startCms('sqlite');
}, 120_000);

afterAll(async () => {
  await cms?.close();
});

describe('tenant:create', () => {
  it('makes a municipality ready: served by the API with its districts, its admin invited, its search index built', async () => {
    const created = await createMunicipality(cms.payload, nacka);
    expect(created).toMatchObject({
      municipality: 'created',
      districts: { created: 2, updated: 0 },
      admin: 'invited',
    });
    // The API serves it by name and by its frontend's origin, with its own districts and none of Botkyrka's.
    expect(await districtsOf('nacka')).toEqual(['Fisksätra (exempel)', 'Orminge (exempel)']);
    expect(await districtsOf('nacka', 'https://www.nacka.example.se')).toEqual([
      'Fisksätra (exempel)',
      'Orminge (exempel)',
    ]);
    expect((await listMunicipalities(cms.api.db)).map((item) => item.slug)).toContain('nacka');
    // Its first admin: invited (no password of anyone's choosing), an admin of Nacka only.
    const municipality = (await municipalityBySlug(cms.payload, 'nacka'))!;
    const { docs } = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'admin@nacka.example.se' } },
      depth: 0,
      overrideAccess: true,
    });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.roles).toEqual(['admin', 'editor']);
    expect(docs[0]!.tenants?.map((row) => (typeof row.tenant === 'object' ? row.tenant.id : row.tenant))).toEqual([
      municipality.id,
    ]);
    const invitations = await cms.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendInvitation' } },
      overrideAccess: true,
    });
    expect(invitations.totalDocs).toBe(1);
    // Its search index is stored at the content's version: the first search loads it, nothing is built then.
    const pointer = await searchPointerOf(cms.api.db, 'nacka');
    expect(pointer.built).toBe(pointer.version);
    expect(created.searchVersion).toBe(pointer.version);
  });

  it('run again changes what differs and duplicates nothing', async () => {
    const again = await createMunicipality(cms.payload, {
      ...nacka,
      origins: [...nacka.origins, 'https://intranat.nacka.example.se'],
    });
    expect(again).toMatchObject({
      municipality: 'updated',
      districts: { created: 0, updated: 2 },
      admin: 'already its admin',
    });
    const municipalities = await cms.payload.count({
      collection: 'municipalities',
      where: { slug: { equals: 'nacka' } },
      overrideAccess: true,
    });
    expect(municipalities.totalDocs).toBe(1);
    const users = await cms.payload.count({
      collection: 'users',
      where: { email: { equals: 'admin@nacka.example.se' } },
      overrideAccess: true,
    });
    expect(users.totalDocs).toBe(1);
    expect(await districtsOf('nacka')).toEqual(['Fisksätra (exempel)', 'Orminge (exempel)']);
    const item = (await listMunicipalities(cms.api.db)).find((candidate) => candidate.slug === 'nacka');
    expect(item?.origins).toEqual(['https://www.nacka.example.se', 'https://intranat.nacka.example.se']);
    expect((await createMunicipality(cms.payload, { ...nacka, origins: item!.origins })).municipality).toBe(
      'unchanged',
    );
  });
});
