import { isOpenAt } from '../domain/opening-hours.js';
import type { SituationResolvers } from '../graphql/types.generated.js';
import { supportResourcesOf } from './relations.js';

export const Situation: SituationResolvers = {
  // The editors' order, of those the caller may see; open-now-first is a stable partition of that order.
  resources: async (situation, { openNowFirst }, context) => {
    const resources = await supportResourcesOf(context, situation.resources, situation.locale);
    if (!openNowFirst) return resources;
    const open = resources.filter((resource) => isOpenAt(resource.openingHours, context.now));
    return [...open, ...resources.filter((resource) => !open.includes(resource))];
  },
};
