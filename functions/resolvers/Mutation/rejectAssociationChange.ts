import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as associations from '../../register/associations.js';

// A thin adapter: the register's core code (functions/register), which the CMS's moderation view calls too.
export const rejectAssociationChange: NonNullable<MutationResolvers['rejectAssociationChange']> = (
  _,
  { id, expectedVersion, reason },
  context,
) => associations.rejectAssociationChange(context, id, expectedVersion, reason);
