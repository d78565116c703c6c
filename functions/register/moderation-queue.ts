import type { ActivityItem } from '../data/entities/activity.js';
import type { AssociationItem } from '../data/entities/association.js';
import { requireModerator } from '../auth/policies.js';
import type { RegisterContext } from './context.js';

export interface ModerationQueue {
  associations: AssociationItem[];
  /** APPROVED associations whose change of what the public sees waits (the stored fields are the public version). */
  changes: AssociationItem[];
  activities: (ActivityItem & { associationName: string | null })[];
}

/** What waits for a moderator: pending registrations, changes of approved associations and submitted activities (the CMS's moderation view). */
export async function moderationQueue(context: RegisterContext): Promise<ModerationQueue> {
  requireModerator(context.viewer);
  const { association, activity } = context.db.entities;
  const [pending, changed, submitted] = await Promise.all([
    // associations in status PENDING, by name
    association.query.byStatus({ tenant: context.tenant, status: 'PENDING' }).go({ pages: 'all' }),
    // associations in status APPROVED with a waiting change, by name
    association.query
      .byStatus({ tenant: context.tenant, status: 'APPROVED' })
      .where((attr, op) => op.exists(attr.pendingChange))
      .go({ pages: 'all' }),
    // activities in status SUBMITTED, by start time
    activity.query.byStatus({ tenant: context.tenant, listing: 'SUBMITTED' }).go({ pages: 'all' }),
  ]);
  const ids = [...new Set(submitted.data.map((item) => item.associationId))];
  const owners = ids.length ? (await association.get(ids.map((id) => ({ tenant: context.tenant, id }))).go()).data : [];
  const names = new Map(owners.map((owner) => [owner.id, owner.name]));
  return {
    associations: pending.data,
    changes: changed.data,
    activities: submitted.data.map((item) => ({ ...item, associationName: names.get(item.associationId) ?? null })),
  };
}
