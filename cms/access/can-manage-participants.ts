import { hasRole } from './roles.js';

/**
 * Who reads a training's roll and waiting list, downloads it and records attendance in the admin: the safety
 * coordinator and the support function (coordinator), editors and admins; the same people the API lets read
 * registrations and record attendance as coordinators.
 */
export const canManageParticipants = (user: object | null | undefined) =>
  hasRole(user, 'admin', 'editor', 'coordinator');
