import type { TypedUser } from 'payload';
import type { RegisterContext } from '../../functions/register/context.js';
import { canPublish } from '../access/roles.js';
import { readModelTarget } from '../publishing/read-model-target.js';

/**
 * The CMS user as an actor of the register: editors and admins moderate (the same core code as the
 * API's moderator role); anyone else is an ordinary, non-deciding viewer. Of the user (a request's) it
 * reads the e-mail and the roles.
 */
export function registerContextOf(req: { user: Pick<TypedUser, 'email' | 'roles'> | null }): RegisterContext {
  const { db, tenant } = readModelTarget();
  const { user } = req;
  const role = !user ? 'ANONYMOUS' : canPublish(user) ? 'MODERATOR' : 'STAFF';
  return { db, tenant, now: new Date(), viewer: { role, subject: user?.email ? `cms:${user.email}` : null } };
}
