import { requireModeratorFor } from '../../auth/policies.js';
import { fetchPage } from '../../data/pagination.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// associations: one status partition by name (the public: APPROVED); district and a waiting change narrow it
export const associations: NonNullable<QueryResolvers['associations']> = async (
  _,
  { filter, first, after },
  context,
) => {
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
          [
            district && op.contains(attr.districts, district),
            changePending === null
              ? null
              : changePending
                ? op.exists(attr.pendingChange)
                : op.notExists(attr.pendingChange),
          ]
            .filter(Boolean)
            .join(' AND '),
        )
      : base,
    filtered,
    positionOf: (item) => context.db.conversions.association.byAccessPattern.byStatus.fromComposite.toCursor(item),
  });
  return connection;
};
