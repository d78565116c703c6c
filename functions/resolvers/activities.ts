import { MAX_ACTIVITY_DURATION_MS, type ActivityItem } from '../data/entities/activity.js';
import type { AssociationItem } from '../data/entities/association.js';
import { fetchPage, type PageArgs } from '../data/pagination.js';
import type { ActivityResolvers, QueryResolvers, TargetGroup } from '../graphql/types.generated.js';
import { localized } from '../graphql/mappers.js';
import type { Context } from '../server/context.js';
import { badUserInput } from '../domain/errors.js';
import { isModerator, maySeePrivatePartsOf, requireModeratorFor } from '../auth/policies.js';
import { associationById, districtsBySlug } from './relations.js';

// activities: one status partition by start time (the public: PUBLISHED). The window [from, to) is the
// start-time range [from − longest activity, to) on the key, keeping those still running at `from`.
export const activities: NonNullable<QueryResolvers['activities']> = async (_, { filter, first, after }, context) => {
  const { activity } = context.db.entities;
  const status = filter?.status ?? 'PUBLISHED';
  requireModeratorFor(context.viewer, status, 'PUBLISHED');
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && Date.parse(to) <= Date.parse(from)) throw badUserInput('filter.to', 'filter.to must be after filter.from.');
  const district = filter?.district?.trim().toLowerCase() || null;
  const targetGroup = filter?.targetGroup ?? null;
  const earliestStart = from ? new Date(Date.parse(from) - MAX_ACTIVITY_DURATION_MS).toISOString() : null;
  const base = activity.query.byStatus({ tenant: context.tenant, listing: status });
  const windowed =
    earliestStart && to
      ? base.between({ startsAt: earliestStart }, { startsAt: to })
      : earliestStart
        ? base.gte({ startsAt: earliestStart })
        : to
          ? base.lt({ startsAt: to })
          : base;
  const filtered = Boolean(from || district || targetGroup);
  const query = filtered
    ? windowed.where((attr, op) =>
        [from && op.gt(attr.endsAt, from), district && op.eq(attr.district, district), targetGroup && op.contains(attr.targetGroups, targetGroup)].filter(Boolean).join(' AND '),
      )
    : windowed;
  return fetchPage({
    list: JSON.stringify(['activities', status, from, to, district, targetGroup]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query,
    filtered,
    positionOf: (item) => context.db.conversions.activity.byAccessPattern.byStatus.fromComposite.toCursor({ ...item, listing: item.listing ?? item.status }),
  });
};

// association.activities: one association's activities by start time; others than the owner and
// moderators see only the published ones
export async function activitiesOfAssociation(context: Context, association: AssociationItem, page: PageArgs) {
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
    query: everyStatus ? base : base.where((attr, op) => `${op.eq(attr.status, 'PUBLISHED')} AND (${op.notExists(attr.listing)} OR ${op.eq(attr.listing, 'PUBLISHED')})`),
    filtered: !everyStatus,
    positionOf: (item) => context.db.conversions.activity.byAccessPattern.byAssociation.fromComposite.toCursor(item),
  });
}

/** The association behind an activity, hidden from the public unless it is approved. */
async function associationOf(context: Context, activity: ActivityItem) {
  const association = await associationById(context, activity.associationId);
  if (!association) return null;
  return association.status === 'APPROVED' || maySeePrivatePartsOf(context.viewer, association) ? association : null;
}

export const Activity: ActivityResolvers = {
  id: (activity) => activity.id,
  title: (activity) => activity.title,
  description: (activity) => activity.description ?? null,
  startsAt: (activity) => activity.startsAt,
  endsAt: (activity) => activity.endsAt,
  location: (activity) => (activity.location ? { name: activity.location.name, address: activity.location.address ?? null } : null),
  district: async (activity, _, context) => {
    if (!activity.district) return null;
    const [district] = await districtsBySlug(context, [activity.district]);
    return district ? localized(district, 'sv') : null;
  },
  targetGroups: (activity) => (activity.targetGroups ?? []) as TargetGroup[],
  languages: (activity) => activity.languages ?? [],
  registrationUrl: (activity) => activity.registrationUrl ?? null,
  association: (activity, _, context) => associationOf(context, activity),
  status: (activity) => activity.status,
  moderationNote: async (activity, _, context) => {
    if (isModerator(context.viewer)) return activity.moderationNote ?? null;
    const association = await associationById(context, activity.associationId);
    return association && maySeePrivatePartsOf(context.viewer, association) ? (activity.moderationNote ?? null) : null;
  },
};
