import type { PayloadRequest } from 'payload';
import type { RegisterContext } from '../../functions/register/context.js';
import { canPublish } from '../access/roles.js';
import { readModelTarget } from '../publishing/read-model-target.js';

/**
 * The CMS user as an actor of the register: editors and admins moderate (the same core code as the
 * API's moderator role); anyone else is an ordinary, non-deciding viewer.
 */
export function registerContextOf(req: Pick<PayloadRequest, 'user'>): RegisterContext {
  const { db, tenant } = readModelTarget();
  const user = req.user as { email?: string } | null;
  const role = !user ? 'ANONYMOUS' : canPublish(user) ? 'MODERATOR' : 'STAFF';
  return { db, tenant, now: new Date(), viewer: { role, subject: user?.email ? `cms:${user.email}` : null } };
}
