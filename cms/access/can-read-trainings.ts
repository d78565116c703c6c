import type { Access } from 'payload';
import { hasRole } from './roles.js';

/**
 * Trainings are read by every CMS user who writes content and by coordinators, who work with their people
 * (the Deltagare tab); coordinators write no content, so the other editorial rules stay as they are.
 */
export const canReadTrainings: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor', 'coordinator');
