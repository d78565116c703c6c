/** The caller of a request, as established from its bearer token. */
export type ViewerRole = 'ANONYMOUS' | 'STAFF' | 'MODERATOR' | 'ASSOCIATION';

export interface Viewer {
  role: ViewerRole;
  /** The token's subject: for association accounts, the account id. */
  subject: string | null;
}

/** The name codegen's mappers use, beside the generated GraphQL `Viewer` type. */
export type ViewerModel = Viewer;

export const anonymousViewer: Viewer = { role: 'ANONYMOUS', subject: null };

/** Which read-model copies the viewer reads: staff and moderators the staff copy, everyone else the public one. */
export type ReadScope = 'public' | 'staff';

export const readScopeOf = (viewer: Viewer): ReadScope => (viewer.role === 'STAFF' || viewer.role === 'MODERATOR' ? 'staff' : 'public');
