import { isOpenAt } from '../domain/opening-hours.js';
import type { SupportResourceResolvers } from '../graphql/types.generated.js';
import { districtsOf, organisationOf } from './relations.js';

// Plain fields are served from the localised item (Query/supportResource*.ts); these are computed or related.
export const SupportResource: SupportResourceResolvers = {
  openNow: (resource, _, context) => isOpenAt(resource.openingHours, context.now),
  districts: (resource, _, context) => districtsOf(context, resource.districts ?? [], resource.locale),
  provider: (resource, _, context) => organisationOf(context, resource.provider, resource.locale),
  // A copy of the national tenant's document is marked so (read-model/national.ts); a municipality's own is not.
  national: (resource) => resource.national === true,
};
