import type { AssociationPublicVersionResolvers } from '../graphql/types.generated.js';
import { districtsOf } from './relations.js';

// What the public sees of an association while its change waits: the stored fields themselves.
export const AssociationPublicVersion: AssociationPublicVersionResolvers = {
  districts: (association, _, context) => districtsOf(context, association.districts ?? [], 'sv'),
};
