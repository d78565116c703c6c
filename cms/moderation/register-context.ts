import type { PayloadRequest, TypedUser } from 'payload';
import { municipalityOfRequest } from '../tenancy/request-municipality.js';
import type { RegisterContext } from '../../functions/register/context.js';
import { canPublish } from '../access/roles.js';
import { readModelTarget } from '../publishing/read-model-target.js';

/**
 * The CMS user as an actor of the register: editors and admins moderate (the same core code as the
 * API's moderator role); anyone else is an ordinary, non-deciding viewer. Of the user (a request's) it
 * reads the e-mail and the roles.
 */
export async function registerContextOf(
  req: Partial<Pick<PayloadRequest, 'payload'>> & {
    user: Pick<TypedUser, 'email' | 'roles'> | null;
    headers?: Headers;
  },
): Promise<RegisterContext> {
  const { db } = readModelTarget();
  // The user's municipality's register (issue 32), not the deployment's default.
  const tenant = await municipalityOfRequest(req as Parameters<typeof municipalityOfRequest>[0]);
  const { user } = req;
  const role = !user ? 'ANONYMOUS' : canPublish(user) ? 'MODERATOR' : 'STAFF';
  return { db, tenant, now: new Date(), viewer: { role, subject: user?.email ? `cms:${user.email}` : null } };
}
