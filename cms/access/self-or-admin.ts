import type { Access } from 'payload';
import { hasRole } from './roles.js';

/** Users see and edit their own account; admins every account. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  return req.user ? { id: { equals: req.user.id } } : false;
};
