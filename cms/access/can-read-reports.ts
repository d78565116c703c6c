import { hasRole } from './roles.js';

/** Who reads the Reports view and downloads its CSV: the safety coordinator and the support function (coordinator), editors and admins. */
export const canReadReports = (user: object | null | undefined) => hasRole(user, 'admin', 'editor', 'coordinator');
