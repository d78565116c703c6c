import type { Access } from 'payload';
import { hasRole } from './roles.js';

/**
 * Any CMS user (admin, editor, contributor): reads everything and creates and edits drafts. Nobody else
 * reads through the CMS's HTTP API: the public, staff and associations read through Värna's GraphQL API,
 * where the visibility rules live (one public door).
 */
export const isStaffUser: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor');
