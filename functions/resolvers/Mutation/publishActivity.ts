import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as activities from '../../register/activities.js';

// A thin adapter: the register's core code (functions/register), which the CMS's moderation view calls too.
export const publishActivity: NonNullable<MutationResolvers['publishActivity']> = (
  _,
  { id, expectedVersion },
  context,
) => activities.publishActivity(context, id, expectedVersion);
