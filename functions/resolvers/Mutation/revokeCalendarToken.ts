import { requireStaffMember } from '../../auth/policies.js';
import { revokeCalendarToken as revoke } from '../../calendar/tokens.js';
import type { MutationResolvers } from '../../graphql/types.generated.js';

// revokeCalendarToken: one of the caller's own links, deleted
export const revokeCalendarToken: NonNullable<MutationResolvers['revokeCalendarToken']> = (_parent, { id }, context) =>
  revoke(context, requireStaffMember(context.viewer), id);
