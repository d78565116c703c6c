import type { Access } from 'payload';
import { isStaffUser } from './is-staff-user.js';
import { canPublish } from './roles.js';

/**
 * Staff edit editorial documents; a write that publishes is for editors and admins only. Payload asks
 * this with `_status: 'published'` to decide whether to offer Publish, Unpublish and Schedule, so
 * contributors are not offered them.
 */
export const canEditEditorial: Access = (args) => {
  if (!isStaffUser(args)) return false;
  const publishes = (args.data as { _status?: unknown } | undefined)?._status === 'published';
  return !publishes || canPublish(args.req.user);
};
