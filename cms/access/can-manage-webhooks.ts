import { hasRole } from './roles.js';

/** Who sees the frontends' webhook deliveries and resends them: admins (they configure the stage's endpoints). */
export const canManageWebhooks = (user: object | null | undefined) => hasRole(user, 'admin');
