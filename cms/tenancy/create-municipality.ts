import type { Payload } from 'payload';
import type { EditorialFixture } from '../../functions/read-model/fixture.js';
import { rebuildSearchIndexes } from '../../functions/search/indexer.js';
import { searchContentChanged } from '../../functions/search/version.js';
import { importFixture } from '../import/fixture-import.js';
import { drainSyncJobs } from '../publishing/drain.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { MUNICIPALITIES, municipalityBySlug } from './municipality.js';

export interface NewMunicipality {
  name: string;
  slug: string;
  /** A national tenant's documents are shown by every municipality (functions/read-model/national.ts). */
  kind: 'municipality' | 'provider' | 'national';
  /** The frontends' origins (`https://www.huddinge.se`): a browser's request from one means this municipality. */
  origins: string[];
  /** Its districts, in the import format's `districts` section (`{ key, name: { sv } }`). */
  districts: EditorialFixture['districts'];
  /** Its first admin, invited by e-mail to choose a password (cms/auth/invitation.ts). */
  admin?: { email: string; name?: string | undefined } | undefined;
}

export interface CreatedMunicipality {
  municipality: 'created' | 'updated' | 'unchanged';
  districts: { created: number; updated: number };
  admin: 'invited' | 'given the municipality' | 'already its admin' | 'none';
  /** The search index's version, built for the municipality's content. */
  searchVersion: number;
  steps: { step: string; ms: number }[];
}

const timed = async <T>(steps: CreatedMunicipality['steps'], step: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await work();
  } finally {
    steps.push({ step, ms: Math.round(performance.now() - started) });
  }
};

/**
 * A municipality of the deployment, made ready in one go and idempotently (`npm run tenant:create`): its document
 * in the CMS (which registers it with the API), its districts (imported as an editor's publish, into it), its first
 * admin (invited, with it as their municipality) and its search index. Run again, it changes what differs and
 * duplicates nothing.
 */
export async function createMunicipality(payload: Payload, wanted: NewMunicipality): Promise<CreatedMunicipality> {
  const steps: CreatedMunicipality['steps'] = [];
  const existing = await municipalityBySlug(payload, wanted.slug);
  const origins = wanted.origins.map((origin) => ({ origin }));
  const outcome = await timed(steps, 'municipality', async () => {
    if (!existing) {
      await payload.create({
        collection: MUNICIPALITIES,
        data: { name: wanted.name, slug: wanted.slug, kind: wanted.kind, origins },
        overrideAccess: true,
      });
      return 'created' as const;
    }
    const current = await payload.findByID({
      collection: MUNICIPALITIES,
      id: existing.id,
      depth: 0,
      overrideAccess: true,
    });
    const same =
      current.name === wanted.name &&
      JSON.stringify((current.origins ?? []).map((row) => row.origin)) === JSON.stringify(wanted.origins);
    if (same) return 'unchanged' as const;
    await payload.update({
      collection: MUNICIPALITIES,
      id: existing.id,
      data: { name: wanted.name, origins },
      overrideAccess: true,
    });
    return 'updated' as const;
  });
  const municipality = (await municipalityBySlug(payload, wanted.slug))!;
  const districts = await timed(steps, 'districts', async () => {
    if (!wanted.districts?.length) return { created: 0, updated: 0 };
    const report = await importFixture(payload, { districts: wanted.districts }, { municipality: municipality.id });
    await drainSyncJobs(payload);
    return { created: report.created.length, updated: report.updated.length };
  });
  const admin = await timed(steps, 'admin', async () => {
    if (!wanted.admin) return 'none' as const;
    const email = wanted.admin.email.trim().toLowerCase();
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    });
    const user = docs[0];
    if (!user) {
      await payload.create({
        collection: 'users',
        data: {
          email,
          ...(wanted.admin.name ? { name: wanted.admin.name } : {}),
          roles: ['admin', 'editor'],
          tenants: [{ tenant: municipality.id }],
          invite: true,
        },
        overrideAccess: true,
      });
      return 'invited' as const;
    }
    const tenants = (user.tenants ?? []).map((row) => (typeof row.tenant === 'object' ? row.tenant.id : row.tenant));
    if (tenants.includes(municipality.id)) return 'already its admin' as const;
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { tenants: [...tenants, municipality.id].map((tenant) => ({ tenant })) },
      overrideAccess: true,
    });
    return 'given the municipality' as const;
  });
  const searchVersion = await timed(steps, 'search index', async () => {
    const { db } = readModelTarget();
    // The districts' publish moved the pointer already where there were any; a new municipality without raises it here.
    await searchContentChanged(db, wanted.slug);
    const outcome = await rebuildSearchIndexes(db, wanted.slug, new Date());
    return 'built' in outcome ? outcome.built : outcome.upToDate;
  });
  return { municipality: outcome, districts, admin, searchVersion, steps };
}
