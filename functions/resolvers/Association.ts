import { isModerator, maySeePrivatePartsOf } from '../auth/policies.js';
import type { AssociationItem } from '../data/entities/association.js';
import { fetchPage, type PageArgs } from '../data/pagination.js';
import type { AssociationResolvers } from '../graphql/types.generated.js';
import { latestVersion } from '../register/associations.js';
import { publicOrganisationNumber } from '../register/organisation-number.js';
import type { Context } from '../server/context.js';
import { districtsOf } from './relations.js';

/** Moderators and the owner see the association as its owner last wrote it; everyone else what is public. */
const asSeenBy = (context: Context, association: AssociationItem) =>
  maySeePrivatePartsOf(context.viewer, association) ? latestVersion(association) : association;

// association.activities: one association's activities by start time; others than the owner and
// moderators see only the published ones
async function activitiesOf(context: Context, association: AssociationItem, page: PageArgs) {
  const { activity } = context.db.entities;
  const everyStatus = maySeePrivatePartsOf(context.viewer, association);
  // The activities' own resolvers ask for their association: it is this one, already loaded.
  context.items.prime({ entity: 'association', key: { tenant: context.tenant, id: association.id } }, association);
  const base = activity.query.byAssociation({ tenant: context.tenant, associationId: association.id });
  return fetchPage({
    list: JSON.stringify(['associationActivities', association.id, everyStatus]),
    cursorSecret: context.cursorSecret,
    ...page,
    // Published and listed: a suspended association's withheld activities are not public.
    query: everyStatus
      ? base
      : base.where(
          (attr, op) =>
            `${op.eq(attr.status, 'PUBLISHED')} AND (${op.notExists(attr.listing)} OR ${op.eq(attr.listing, 'PUBLISHED')})`,
        ),
    filtered: !everyStatus,
    positionOf: (item) => context.db.conversions.activity.byAccessPattern.byAssociation.fromComposite.toCursor(item),
  });
}

// association.history: one association's audit trail, newest first (one Query per page), for moderators only
function historyOf(context: Context, association: AssociationItem, page: PageArgs) {
  const base = context.db.entities.registerDecision.query.byAssociation({
    tenant: context.tenant,
    associationId: association.id,
  });
  return fetchPage({
    list: JSON.stringify(['associationHistory', association.id]),
    cursorSecret: context.cursorSecret,
    ...page,
    query: { go: (options) => base.go({ ...options, order: 'desc' }) },
    filtered: false,
    positionOf: (item) =>
      context.db.conversions.registerDecision.byAccessPattern.byAssociation.fromComposite.toCursor(item),
  });
}

// Identity, status, version and creation time are served as stored; the rest depends on who asks.
export const Association: AssociationResolvers = {
  name: (association, _, context) => asSeenBy(context, association).name,
  // A number stored before personnummer were refused is shown to moderators and the owner only (to fix it);
  // others get an empty string, not null: the contract's type stays non-null and no digit of a person's number leaves.
  organisationNumber: (association, _, context) =>
    maySeePrivatePartsOf(context.viewer, association)
      ? association.organisationNumber
      : (publicOrganisationNumber(association.organisationNumber) ?? ''),
  description: (association, _, context) => asSeenBy(context, association).description ?? null,
  website: (association, _, context) => asSeenBy(context, association).website ?? null,
  email: (association, _, context) => asSeenBy(context, association).email ?? null,
  districts: (association, _, context) => districtsOf(context, asSeenBy(context, association).districts ?? [], 'sv'),
  publicVersion: (association, _, context) =>
    association.pendingChange && maySeePrivatePartsOf(context.viewer, association) ? association : null,
  changeSubmittedAt: (association, _, context) =>
    maySeePrivatePartsOf(context.viewer, association) ? (association.pendingChange?.submittedAt ?? null) : null,
  moderationNote: (association, _, context) =>
    maySeePrivatePartsOf(context.viewer, association) ? (association.moderationNote ?? null) : null,
  contactPerson: (association, _, context) =>
    maySeePrivatePartsOf(context.viewer, association) ? (association.contactPerson ?? null) : null,
  activities: (association, { first, after }, context) => activitiesOf(context, association, { first, after }),
  history: (association, { first, after }, context) =>
    isModerator(context.viewer) ? historyOf(context, association, { first, after }) : null,
};
