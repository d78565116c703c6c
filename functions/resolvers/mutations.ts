import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../graphql/types.generated.js';

/**
 * The register's mutations are the association issue's work. Until then each answers with a clear,
 * masked error instead of a null that would break the non-null result type.
 */
const notYetAvailable = () => {
  throw new GraphQLError('The association register does not accept changes yet.', { extensions: { code: 'FORBIDDEN' } });
};

export const mutations: MutationResolvers = {
  registerAssociation: notYetAvailable,
  updateAssociation: notYetAvailable,
  approveAssociation: notYetAvailable,
  rejectAssociation: notYetAvailable,
  submitActivity: notYetAvailable,
  cancelActivity: notYetAvailable,
  publishActivity: notYetAvailable,
  rejectActivity: notYetAvailable,
};
