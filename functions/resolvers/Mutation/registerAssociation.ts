import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as associations from '../../register/associations.js';

// A thin adapter: the register's core code (functions/register), which the CMS's moderation view calls too.
export const registerAssociation: NonNullable<MutationResolvers['registerAssociation']> = (_, { input }, context) =>
  associations.registerAssociation(context, input);
