import type { AssociationItem } from '../data/entities/association.js';
import { fetchPage } from '../data/pagination.js';
import type { AssociationPublicVersionResolvers, AssociationResolvers, QueryResolvers } from '../graphql/types.generated.js';
import { localizedAll } from '../graphql/mappers.js';
import type { Context } from '../server/context.js';
import { maySeePrivatePartsOf, requireModeratorFor } from '../auth/policies.js';
import { latestVersion } from '../register/associations.js';
import { activitiesOfAssociation } from './activities.js';
import { districtsBySlug } from './relations.js';

// associations: one status partition by name (the public: APPROVED); district and a waiting change narrow it
export const associations: NonNullable<QueryResolvers['associations']> = async (_, { filter, first, after }, context) => {
  const { association } = context.db.entities;
  const status = filter?.status ?? 'APPROVED';
  requireModeratorFor(context.viewer, status, 'APPROVED');
  const changePending = filter?.changePending ?? null;
  if (changePending !== null) requireModeratorFor(context.viewer, 'changed', 'APPROVED');
  const district = filter?.district?.trim().toLowerCase() || null;
  const base = association.query.byStatus({ tenant: context.tenant, status });
  const filtered = district !== null || changePending !== null;
  const connection = await fetchPage({
    list: JSON.stringify(['associations', status, district, changePending]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query: filtered
      ? base.where((attr, op) =>
          [district && op.contains(attr.districts, district), changePending === null ? null : changePending ? op.exists(attr.pendingChange) : op.notExists(attr.pendingChange)]
            .filter(Boolean)
            .join(' AND '),
        )
      : base,
    filtered,
    positionOf: (item) => context.db.conversions.association.byAccessPattern.byStatus.fromComposite.toCursor(item),
  });
  return connection;
};

/** Moderators and the owner see the association as its owner last wrote it; everyone else what is public. */
const asSeenBy = (context: Context, association: AssociationItem) => (maySeePrivatePartsOf(context.viewer, association) ? latestVersion(association) : association);

export const Association: AssociationResolvers = {
  id: (association) => association.id,
  name: (association, _, context) => asSeenBy(context, association).name,
  organisationNumber: (association) => association.organisationNumber,
  description: (association, _, context) => asSeenBy(context, association).description ?? null,
  website: (association, _, context) => asSeenBy(context, association).website ?? null,
  email: (association, _, context) => asSeenBy(context, association).email ?? null,
  districts: async (association, _, context) => localizedAll(await districtsBySlug(context, asSeenBy(context, association).districts ?? []), 'sv'),
  publicVersion: (association, _, context) => (association.pendingChange && maySeePrivatePartsOf(context.viewer, association) ? association : null),
  changeSubmittedAt: (association, _, context) => (maySeePrivatePartsOf(context.viewer, association) ? (association.pendingChange?.submittedAt ?? null) : null),
  status: (association) => association.status,
  version: (association) => association.version,
  moderationNote: (association, _, context) => (maySeePrivatePartsOf(context.viewer, association) ? (association.moderationNote ?? null) : null),
  contactPerson: (association, _, context) =>
    maySeePrivatePartsOf(context.viewer, association)
      ? { name: association.contactPerson.name, email: association.contactPerson.email, phone: association.contactPerson.phone ?? null }
      : null,
  createdAt: (association) => association.createdAt,
  activities: (association, { first, after }, context) => activitiesOfAssociation(context, association, { first, after }),
};

// What the public sees of an association while its change waits: the stored fields themselves.
export const AssociationPublicVersion: AssociationPublicVersionResolvers = {
  name: (association) => association.name,
  description: (association) => association.description ?? null,
  website: (association) => association.website ?? null,
  email: (association) => association.email ?? null,
  districts: async (association, _, context) => localizedAll(await districtsBySlug(context, association.districts ?? []), 'sv'),
};
