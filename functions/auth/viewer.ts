/** The caller of a request, as established from its bearer token. */
export type ViewerRole = 'ANONYMOUS' | 'STAFF' | 'MODERATOR' | 'COORDINATOR' | 'ASSOCIATION';

export interface Viewer {
  role: ViewerRole;
  /** The token's subject: for association accounts, the account id. */
  subject: string | null;
  /** Every Värna role the token carries (a moderator may also be a coordinator); `role` is the first of them. */
  roles?: readonly ViewerRole[];
  /** The token's `name` and `email` claims, when it has them (staff registering for a training). */
  name?: string | undefined;
  email?: string | undefined;
  /** The municipality the token's issuer or claim says the caller belongs to; the stage's default when absent. */
  tenant?: string | undefined;
}

/** The name codegen's mappers use, beside the generated GraphQL `Viewer` type. */
export type ViewerModel = Viewer;

export const anonymousViewer: Viewer = { role: 'ANONYMOUS', subject: null, roles: [] };

/** Which read-model copies the viewer reads: staff (moderators and coordinators are staff) the staff copy, everyone else the public one. */
export type ReadScope = 'public' | 'staff';

/** Staff in any role: the intranet's callers. */
export const isStaff = (viewer: Viewer) =>
  viewer.role === 'STAFF' || viewer.role === 'MODERATOR' || viewer.role === 'COORDINATOR';

export const readScopeOf = (viewer: Viewer): ReadScope => (isStaff(viewer) ? 'staff' : 'public');
