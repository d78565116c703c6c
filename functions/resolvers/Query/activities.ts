import { requireModeratorFor } from '../../auth/policies.js';
import { MAX_ACTIVITY_DURATION_MS } from '../../data/entities/activity.js';
import { fetchPage } from '../../data/pagination.js';
import { badUserInput } from '../../domain/errors.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// activities: one status partition by start time (the public: PUBLISHED). The window [from, to) is the
// start-time range [from − longest activity, to) on the key, keeping those still running at `from`.
export const activities: NonNullable<QueryResolvers['activities']> = async (_, { filter, first, after }, context) => {
  const { activity } = context.db.entities;
  const status = filter?.status ?? 'PUBLISHED';
  requireModeratorFor(context.viewer, status, 'PUBLISHED');
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && Date.parse(to) <= Date.parse(from))
    throw badUserInput('filter.to', 'filter.to must be after filter.from.');
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
        [
          from && op.gt(attr.endsAt, from),
          district && op.eq(attr.district, district),
          targetGroup && op.contains(attr.targetGroups, targetGroup),
        ]
          .filter(Boolean)
          .join(' AND '),
      )
    : windowed;
  return fetchPage({
    list: JSON.stringify(['activities', status, from, to, district, targetGroup]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query,
    filtered,
    positionOf: (item) =>
      context.db.conversions.activity.byAccessPattern.byStatus.fromComposite.toCursor({
        ...item,
        listing: item.listing ?? item.status,
      }),
  });
};
