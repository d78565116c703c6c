import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { withholdable, type ActivityItem } from '../data/entities/activity.js';
import { searchContentChanged } from '../search/version.js';
import type { RegisterContext } from './context.js';

type Listing = 'WITHHELD' | 'PUBLISHED';

const attempts = 3;

/**
 * Moves an association's public activities (PUBLISHED, and CANCELLED ones, which the feed keeps as cancelled
 * events) out of every public list and feed (WITHHELD, on suspension) or back into them (their status, on
 * approval). Each activity is one conditional write on its state as read; one that
 * changed meanwhile is read again. Repeating the decision repeats the move, so a failure is repaired by it.
 */
export async function relistActivities(
  context: RegisterContext,
  associationId: string,
  listing: Listing,
): Promise<number> {
  const { activity } = context.db.entities;
  // association.activities: one association's activities (every status)
  const { data } = await activity.query.byAssociation({ tenant: context.tenant, associationId }).go({ pages: 'all' });
  let moved = 0;
  for (const item of data) moved += (await relistOne(context, item, listing)) ? 1 : 0;
  // The activities moved after the association's own write (which raised the version already): search sees them too.
  if (moved > 0) await searchContentChanged(context.db, context.tenant);
  return moved;
}

/** Where the activity belongs: withheld, or listed under its own status. */
const target = (activity: ActivityItem, listing: Listing) => (listing === 'WITHHELD' ? 'WITHHELD' : activity.status);

/** Whether the activity still has to move: only public ones (published, cancelled) are withheld and relisted. */
const mustMove = (activity: ActivityItem, listing: Listing) =>
  withholdable.has(activity.status) && (activity.listing ?? activity.status) !== target(activity, listing);

async function relistOne(context: RegisterContext, item: ActivityItem, listing: Listing): Promise<boolean> {
  let current: ActivityItem | null = item;
  for (let attempt = 0; attempt < attempts && current; attempt++) {
    if (!mustMove(current, listing)) return false;
    const seen: ActivityItem = current;
    try {
      await context.db.entities.activity
        .put({ ...seen, listing: target(seen, listing) })
        .where((attr, op) => `${op.eq(attr.status, seen.status)} AND ${op.eq(attr.updatedAt, seen.updatedAt)}`)
        .go({ originalErr: true });
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      current = (
        await context.db.entities.activity.get({ tenant: context.tenant, id: seen.id }).go({ consistent: true })
      ).data;
    }
  }
  if (current && mustMove(current, listing)) {
    throw new Error(
      `Activity ${current.id} kept changing while it was being ${listing === 'WITHHELD' ? 'withheld' : 'relisted'}; repeat the decision.`,
    );
  }
  return false;
}
