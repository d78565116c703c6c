import type { AssociationItem } from '../data/entities/association.js';
import { districtSchema, type DistrictItem } from '../data/entities/district.js';
import { organisationSchema, type OrganisationItem } from '../data/entities/organisation.js';
import { supportResourceSchema, type SupportResourceItem } from '../data/entities/support-resource.js';
import type { LocaleCode } from '../domain/locale.js';
import { localizeAll } from '../content-types/localize.js';
import type { Context } from '../server/context.js';

/** Related items, loaded through the request's batching loader. Missing or invisible ones are left out. */

const present = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

/** Editorial items by key in the caller's scope, so that INTERNAL ones stay hidden from the public; in the order asked for. */
async function scopedByKey<Item>(
  context: Context,
  entity: 'organisation' | 'supportResource',
  keys: readonly string[],
): Promise<Item[]> {
  const items = await Promise.all(
    keys.map((key) => context.items.load({ entity, key: { tenant: context.tenant, scope: context.scope, key } })),
  );
  return present(items as (Item | null)[]);
}

// provider / participants
export const organisationsOf = async (context: Context, keys: readonly string[], locale: LocaleCode) =>
  localizeAll(organisationSchema, await scopedByKey<OrganisationItem>(context, 'organisation', keys), locale);

export async function organisationOf(context: Context, key: string | undefined, locale: LocaleCode) {
  const [organisation] = key ? await organisationsOf(context, [key], locale) : [];
  return organisation ?? null;
}

// situation.resources
export const supportResourcesOf = async (context: Context, keys: readonly string[], locale: LocaleCode) =>
  localizeAll(supportResourceSchema, await scopedByKey<SupportResourceItem>(context, 'supportResource', keys), locale);

// districts of a resource, organisation, association or activity
export async function districtsOf(context: Context, slugs: readonly string[], locale: LocaleCode) {
  const items = await Promise.all(
    slugs.map((key) => context.items.load({ entity: 'district', key: { tenant: context.tenant, key } })),
  );
  return localizeAll(districtSchema, present(items as (DistrictItem | null)[]), locale);
}

export async function districtOf(context: Context, slug: string | undefined, locale: LocaleCode) {
  const [district] = slug ? await districtsOf(context, [slug], locale) : [];
  return district ?? null;
}

// activity.association
export async function associationById(context: Context, id: string): Promise<AssociationItem | null> {
  return (await context.items.load({
    entity: 'association',
    key: { tenant: context.tenant, id },
  })) as AssociationItem | null;
}
