import type { Access } from 'payload';
import { hasRole } from './roles.js';

/** Any CMS user (admin, editor, contributor) may create and edit drafts. */
export const isStaffUser: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor');
