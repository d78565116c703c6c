import { isModerator, maySeePrivatePartsOf } from '../auth/policies.js';
import { activityVersion, type ActivityItem } from '../data/entities/activity.js';
import type { ActivityResolvers, TargetGroup } from '../graphql/types.generated.js';
import type { Context } from '../server/context.js';
import { associationById, districtOf } from './relations.js';

/** The association behind an activity, hidden from the public unless it is approved. */
async function associationOf(context: Context, activity: ActivityItem) {
  const association = await associationById(context, activity.associationId);
  if (!association) return null;
  return association.status === 'APPROVED' || maySeePrivatePartsOf(context.viewer, association) ? association : null;
}

// The stored activity's own fields are served as they are; these are optional in storage, related, or depend on the caller.
export const Activity: ActivityResolvers = {
  targetGroups: (activity) => (activity.targetGroups ?? []) as TargetGroup[],
  languages: (activity) => activity.languages ?? [],
  version: (activity) => activityVersion(activity),
  district: (activity, _, context) => districtOf(context, activity.district, 'sv'),
  association: (activity, _, context) => associationOf(context, activity),
  moderationNote: async (activity, _, context) => {
    if (isModerator(context.viewer)) return activity.moderationNote ?? null;
    const association = await associationById(context, activity.associationId);
    return association && maySeePrivatePartsOf(context.viewer, association) ? (activity.moderationNote ?? null) : null;
  },
};
