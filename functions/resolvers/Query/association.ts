import { maySeePrivatePartsOf } from '../../auth/policies.js';
import { isPossibleId } from '../../domain/identifiers.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { associationById } from '../relations.js';

// association(id): one GetItem (through the request's loader); what is not APPROVED only to moderators and the owner
export const association: NonNullable<QueryResolvers['association']> = async (_, { id }, context) => {
  if (!isPossibleId(id)) return null;
  const found = await associationById(context, id);
  return found && (found.status === 'APPROVED' || maySeePrivatePartsOf(context.viewer, found)) ? found : null;
};
