import type { OrganisationResolvers } from '../graphql/types.generated.js';
import { districtsOf } from './relations.js';

export const Organisation: OrganisationResolvers = {
  districts: (organisation, _, context) => districtsOf(context, organisation.districts ?? [], organisation.locale),
  // The public copy holds only consenting persons; checking again costs nothing and guards the rule.
  contactPersons: (organisation, _, context) =>
    (organisation.contactPersons ?? []).filter((person) => context.scope === 'staff' || person.publicConsent),
  // A copy of the national tenant's document is marked so (read-model/national.ts); a municipality's own is not.
  national: (organisation) => organisation.national === true,
};
