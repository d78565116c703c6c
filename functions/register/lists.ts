import { requireModeratorFor } from '../auth/policies.js';
import { MAX_ACTIVITY_DURATION_MS, type ActivityItem } from '../data/entities/activity.js';
import type { AssociationItem } from '../data/entities/association.js';
import { narrowedBy, timeWindowOf, withinWindow } from '../data/list-queries.js';
import { fetchPage, type PageArgs } from '../data/pagination.js';
import type { RegisterContext } from './context.js';

/** What the register's lists need: who asks (only moderators list what is not public), and the cursors' secret. */
export type RegisterListContext = Pick<RegisterContext, 'db' | 'tenant' | 'viewer'> & { cursorSecret: string };

// activities: one status partition by start time (the public: PUBLISHED). The window [from, to) is the
// start-time range [from − longest activity, to) on the key, keeping those still running at `from`.
export function activityList(
  context: RegisterListContext,
  filter:
    | {
        status?: ActivityItem['status'] | null;
        from?: string | null;
        to?: string | null;
        district?: string | null;
        targetGroup?: string | null;
      }
    | null
    | undefined,
  page: PageArgs,
) {
  const status = filter?.status ?? 'PUBLISHED';
  requireModeratorFor(context.viewer, status, 'PUBLISHED');
  const { from, to } = timeWindowOf(filter);
  const district = filter?.district?.trim().toLowerCase() || null;
  const targetGroup = filter?.targetGroup ?? null;
  const earliestStart = from ? new Date(Date.parse(from) - MAX_ACTIVITY_DURATION_MS).toISOString() : null;
  const base = context.db.entities.activity.query.byStatus({ tenant: context.tenant, listing: status });
  const windowed = withinWindow(base, (startsAt) => ({ startsAt }), { from: earliestStart, to });
  return fetchPage({
    list: JSON.stringify(['activities', status, from, to, district, targetGroup]),
    cursorSecret: context.cursorSecret,
    ...page,
    ...narrowedBy(windowed, Boolean(from || district || targetGroup), (attr, op) => [
      from && op.gt(attr.endsAt, from),
      district && op.eq(attr.district, district),
      targetGroup && op.contains(attr.targetGroups, targetGroup),
    ]),
    positionOf: (item) =>
      context.db.conversions.activity.byAccessPattern.byStatus.fromComposite.toCursor({
        ...item,
        listing: item.listing ?? item.status,
      }),
  });
}

// associations: one status partition by name (the public: APPROVED); district and a waiting change narrow it
export function associationList(
  context: RegisterListContext,
  filter:
    | { status?: AssociationItem['status'] | null; district?: string | null; changePending?: boolean | null }
    | null
    | undefined,
  page: PageArgs,
) {
  const status = filter?.status ?? 'APPROVED';
  requireModeratorFor(context.viewer, status, 'APPROVED');
  const changePending = filter?.changePending ?? null;
  if (changePending !== null) requireModeratorFor(context.viewer, 'changed', 'APPROVED');
  const district = filter?.district?.trim().toLowerCase() || null;
  const base = context.db.entities.association.query.byStatus({ tenant: context.tenant, status });
  return fetchPage({
    list: JSON.stringify(['associations', status, district, changePending]),
    cursorSecret: context.cursorSecret,
    ...page,
    ...narrowedBy(base, district !== null || changePending !== null, (attr, op) => [
      district && op.contains(attr.districts, district),
      changePending === null ? null : changePending ? op.exists(attr.pendingChange) : op.notExists(attr.pendingChange),
    ]),
    positionOf: (item) => context.db.conversions.association.byAccessPattern.byStatus.fromComposite.toCursor(item),
  });
}
