import { requireStaffMember } from '../../auth/policies.js';
import { CALENDAR_PATH } from '../../calendar/http.js';
import { createCalendarToken as create } from '../../calendar/tokens.js';
import type { MutationResolvers } from '../../graphql/types.generated.js';

// createCalendarToken: a staff member's new feed link; the secret is in the answer's path and nowhere else
export const createCalendarToken: NonNullable<MutationResolvers['createCalendarToken']> = async (
  _parent,
  _arg,
  context,
) => {
  const subject = requireStaffMember(context.viewer);
  const { token, secret } = await create(context, subject, context.now);
  return { token, feedPath: `${CALENDAR_PATH}staff/${secret}.ics` };
};
