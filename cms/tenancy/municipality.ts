import type { Payload, PayloadRequest } from 'payload';
import { DEFAULT_TENANT } from '../../functions/defaults.js';

/** The municipality a userless write (tests, the CLI, a first sign-up) belongs to: the stage's own (VARNA_TENANT). */
export const defaultMunicipalitySlug = (): string => process.env.VARNA_TENANT ?? DEFAULT_TENANT;

/** The collection of the deployment's municipalities: the multi-tenant plugin's tenants. */
export const MUNICIPALITIES = 'municipalities' as const;

export interface MunicipalityRef {
  id: number;
  slug: string;
}

// default municipality: the one marked default, else the one whose slug is the stage's
export async function defaultMunicipality(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<MunicipalityRef | undefined> {
  const { docs } = await payload.find({
    collection: MUNICIPALITIES,
    where: { or: [{ default: { equals: true } }, { slug: { equals: defaultMunicipalitySlug() } }] },
    sort: '-default',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  });
  const found = docs[0];
  return found ? { id: found.id, slug: found.slug } : undefined;
}

// municipality by slug: the CLI's --municipality and the examples name one
export async function municipalityBySlug(payload: Payload, slug: string): Promise<MunicipalityRef | undefined> {
  const { docs } = await payload.find({
    collection: MUNICIPALITIES,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const found = docs[0];
  return found ? { id: found.id, slug: found.slug } : undefined;
}

// every municipality's slug: the sync retires a document from those it no longer belongs to
export async function municipalitySlugs(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: MUNICIPALITIES,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  });
  return docs.map((doc) => doc.slug);
}

// national tenant: the municipality of kind national, whose documents every municipality shows (issue 32)
export async function nationalMunicipalitySlug(payload: Payload): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: MUNICIPALITIES,
    where: { kind: { equals: 'national' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  });
  return docs[0]?.slug;
}

/** The slug of a document's municipality, whether its `tenant` is populated (depth ≥ 1) or an id. */
export async function tenantSlugOf(payload: Payload, tenant: unknown): Promise<string | undefined> {
  if (tenant && typeof tenant === 'object' && 'slug' in tenant && typeof tenant.slug === 'string') return tenant.slug;
  if (typeof tenant !== 'number' && typeof tenant !== 'string') return undefined;
  const found = await payload.findByID({
    collection: MUNICIPALITIES,
    id: tenant,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  });
  return found?.slug;
}
