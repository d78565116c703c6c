import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as associations from '../../register/associations.js';

// A thin adapter: the register's core code (functions/register), which the CMS's moderation view calls too.
export const rejectAssociation: NonNullable<MutationResolvers['rejectAssociation']> = (
  _,
  { id, expectedVersion, reason },
  context,
) => associations.rejectAssociation(context, id, expectedVersion, reason);
