import type { Viewer } from '../auth/viewer.js';
import { forbidden, unauthenticated } from '../server/errors.js';

/** Who may do what in the register; each refusal with the contract's code. */

/** The association account's id (the token's subject); only association accounts register and submit. */
export function requireAssociationAccount(viewer: Viewer): string {
  if (viewer.role === 'ANONYMOUS') throw unauthenticated('Sign in with your association account to do this.');
  if (viewer.role !== 'ASSOCIATION' || !viewer.subject) throw forbidden('Only association accounts may do this.');
  return viewer.subject;
}

/** Moderators decide on registrations and activities; other staff may read but not decide. */
export function requireModerator(viewer: Viewer): void {
  if (viewer.role === 'ANONYMOUS') throw unauthenticated('Sign in as a moderator to do this.');
  if (viewer.role !== 'MODERATOR') throw forbidden('Only moderators may decide on the register.');
}
