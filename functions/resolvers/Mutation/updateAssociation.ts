import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as associations from '../../register/associations.js';

// A thin adapter: the register's core code (functions/register), which the CMS's moderation view calls too.
export const updateAssociation: NonNullable<MutationResolvers['updateAssociation']> = (
  _,
  { id, expectedVersion, input },
  context,
) => associations.updateAssociation(context, id, expectedVersion, input);
