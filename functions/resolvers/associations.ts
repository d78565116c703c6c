import type { AssociationItem } from '../data/entities/association.js';
import { fetchPage } from '../data/pagination.js';
import type { AssociationResolvers, QueryResolvers } from '../graphql/types.generated.js';
import { localizedAll } from '../graphql/mappers.js';
import type { Context } from '../server/context.js';
import { forbidden, unauthenticated } from '../server/errors.js';
import { activitiesOfAssociation } from './activities.js';
import { districtsBySlug } from './relations.js';

/** Moderators see every association; an account sees its own. Everyone else sees the public face. */
export const canSeePrivateParts = (context: Context, association: AssociationItem) =>
  context.viewer.role === 'MODERATOR' ||
  (context.viewer.role === 'ASSOCIATION' && context.viewer.subject === association.accountId);

/** Statuses other than the public one need the moderator role. */
export function requireModeratorFor(context: Context, status: string, publicStatus: string) {
  if (status === publicStatus || context.viewer.role === 'MODERATOR') return;
  if (context.viewer.role === 'ANONYMOUS') throw unauthenticated(`Sign in as a moderator to list ${status} items.`);
  throw forbidden(`Only moderators may list ${status} items.`);
}

// associations: one status partition by name (the public: APPROVED); district narrows it
export const associations: NonNullable<QueryResolvers['associations']> = async (_, { filter, first, after }, context) => {
  const { association } = context.db.entities;
  const status = filter?.status ?? 'APPROVED';
  requireModeratorFor(context, status, 'APPROVED');
  const district = filter?.district?.trim().toLowerCase() || null;
  const base = association.query.byStatus({ tenant: context.tenant, status });
  const connection = await fetchPage({
    list: JSON.stringify(['associations', status, district]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query: district ? base.where((attr, op) => op.contains(attr.districts, district)) : base,
    filtered: district !== null,
    positionOf: (item) => context.db.conversions.association.byAccessPattern.byStatus.fromComposite.toCursor(item),
  });
  return connection;
};

export const Association: AssociationResolvers = {
  id: (association) => association.id,
  name: (association) => association.name,
  organisationNumber: (association) => association.organisationNumber,
  description: (association) => association.description ?? null,
  website: (association) => association.website ?? null,
  email: (association) => association.email ?? null,
  districts: async (association, _, context) => localizedAll(await districtsBySlug(context, association.districts ?? []), 'sv'),
  status: (association) => association.status,
  version: (association) => association.version,
  moderationNote: (association, _, context) => (canSeePrivateParts(context, association) ? (association.moderationNote ?? null) : null),
  contactPerson: (association, _, context) =>
    canSeePrivateParts(context, association)
      ? { name: association.contactPerson.name, email: association.contactPerson.email, phone: association.contactPerson.phone ?? null }
      : null,
  createdAt: (association) => association.createdAt,
  activities: (association, { first, after }, context) => activitiesOfAssociation(context, association, { first, after }),
};
