import { requireStaffMember } from '../../auth/policies.js';
import { CALENDAR_PATH } from '../../calendar/http.js';
import { createCalendarToken as create } from '../../calendar/tokens.js';
import { MUNICIPALITY_PARAMETER } from '../../tenancy/request-tenant.js';
import type { MutationResolvers } from '../../graphql/types.generated.js';

// createCalendarToken: a staff member's new feed link; the secret is in the answer's path and nowhere else
export const createCalendarToken: NonNullable<MutationResolvers['createCalendarToken']> = async (
  _parent,
  _arg,
  context,
) => {
  const subject = requireStaffMember(context.viewer);
  const { token, secret } = await create(context, subject, context.now);
  // Another municipality's feed names it: the token is kept under that municipality's keys.
  const municipality = context.tenantIsDefault ? '' : `?${MUNICIPALITY_PARAMETER}=${context.tenant}`;
  return { token, feedPath: `${CALENDAR_PATH}staff/${secret}.ics${municipality}` };
};
