import type { FieldAccess } from 'payload';
import { hasRole } from './roles.js';

/**
 * Who decides which partner municipalities a training is offered to (a partnership commits the organiser's seats):
 * the organiser's admins, and regional admins. Editors see the partners and leave them as they are.
 */
export const canOfferTrainings: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'regional-admin');
