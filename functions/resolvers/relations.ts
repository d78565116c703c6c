import type { AssociationItem } from '../data/entities/association.js';
import { districtSchema, type DistrictItem } from '../data/entities/district.js';
import { organisationSchema, type OrganisationItem } from '../data/entities/organisation.js';
import { supportResourceSchema, type SupportResourceItem } from '../data/entities/support-resource.js';
import type { Connection } from '../data/pagination.js';
import type { LocaleCode } from '../domain/locale.js';
import { localizeAll } from '../graphql/localize.js';
import type { Context } from '../server/context.js';

/** Related items, loaded through the request's batching loader. Missing or invisible ones are left out. */

const present = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

// provider / participants: organisations in the caller's scope, so INTERNAL ones stay hidden from the public
async function organisationsByKey(context: Context, keys: readonly string[]): Promise<OrganisationItem[]> {
  const items = await Promise.all(keys.map((key) => context.items.load({ entity: 'organisation', key: { tenant: context.tenant, scope: context.scope, key } })));
  return present(items as (OrganisationItem | null)[]);
}

export const organisationsOf = async (context: Context, keys: readonly string[], locale: LocaleCode) =>
  localizeAll(organisationSchema, await organisationsByKey(context, keys), locale);

export async function organisationOf(context: Context, key: string | undefined, locale: LocaleCode) {
  const [organisation] = key ? await organisationsOf(context, [key], locale) : [];
  return organisation ?? null;
}

// situation.resources: support resources in the caller's scope, in the order asked for
export async function supportResourcesOf(context: Context, keys: readonly string[], locale: LocaleCode) {
  const items = await Promise.all(keys.map((key) => context.items.load({ entity: 'supportResource', key: { tenant: context.tenant, scope: context.scope, key } })));
  return localizeAll(supportResourceSchema, present(items as (SupportResourceItem | null)[]), locale);
}

// districts of a resource, organisation, association or activity
export async function districtsOf(context: Context, slugs: readonly string[], locale: LocaleCode) {
  const items = await Promise.all(slugs.map((key) => context.items.load({ entity: 'district', key: { tenant: context.tenant, key } })));
  return localizeAll(districtSchema, present(items as (DistrictItem | null)[]), locale);
}

export async function districtOf(context: Context, slug: string | undefined, locale: LocaleCode) {
  const [district] = slug ? await districtsOf(context, [slug], locale) : [];
  return district ?? null;
}

// activity.association
export async function associationById(context: Context, id: string): Promise<AssociationItem | null> {
  return (await context.items.load({ entity: 'association', key: { tenant: context.tenant, id } })) as AssociationItem | null;
}

export function mapConnection<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}
