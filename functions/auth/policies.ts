import { forbidden, unauthenticated } from '../domain/errors.js';
import { isStaff, type Viewer } from './viewer.js';

/**
 * Who may see or do what, by name. Resolvers, the register and the CMS's moderation view ask these;
 * none of them compares roles itself. A refusal carries the contract's code.
 */

export const isModerator = (viewer: Viewer) => viewer.role === 'MODERATOR';

/** The safety coordinator and the support function: whether or not the token also makes them moderators. */
export const isCoordinator = (viewer: Viewer) =>
  viewer.role === 'COORDINATOR' || Boolean(viewer.roles?.includes('COORDINATOR'));

export { isStaff };

/** The staff member's subject; staff register themselves for trainings. */
export function requireStaffMember(viewer: Viewer): string {
  if (viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: 'Logga in med ditt personalkonto för att göra detta.',
      en: 'Sign in with your staff account to do this.',
    });
  if (!isStaff(viewer) || !viewer.subject)
    throw forbidden({ sv: 'Endast kommunens personal får göra detta.', en: 'Only municipal staff may do this.' });
  return viewer.subject;
}

/** Registrations, attendance, coverage and the prevention report are the coordinators'. */
export function requireCoordinator(viewer: Viewer): void {
  if (viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: 'Logga in som samordnare för att göra detta.',
      en: 'Sign in as a coordinator to do this.',
    });
  if (!isCoordinator(viewer))
    throw forbidden({
      sv: 'Endast samordnare (trygghetssamordnaren och stödfunktionen) får göra detta.',
      en: 'Only coordinators (the safety coordinator and the support function) may do this.',
    });
}

/** The association account's id (the token's subject), or null for any other caller. */
export const associationAccountOf = (viewer: Viewer): string | null =>
  viewer.role === 'ASSOCIATION' && viewer.subject ? viewer.subject : null;

/** Moderators see every association's private parts (contact, notes, waiting changes); an account sees its own. */
export const maySeePrivatePartsOf = (viewer: Viewer, association: { accountId: string }) =>
  isModerator(viewer) || associationAccountOf(viewer) === association.accountId;

/** Lists in a status other than the public one are for moderators. */
export function requireModeratorFor(viewer: Viewer, status: string, publicStatus: string): void {
  if (status === publicStatus || isModerator(viewer)) return;
  if (viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: `Logga in som moderator för att lista poster med status ${status}.`,
      en: `Sign in as a moderator to list ${status} items.`,
    });
  throw forbidden({
    sv: `Endast moderatorer får lista poster med status ${status}.`,
    en: `Only moderators may list ${status} items.`,
  });
}

/** The association account's id; only association accounts register and submit. */
export function requireAssociationAccount(viewer: Viewer): string {
  if (viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: 'Logga in med föreningens konto för att göra detta.',
      en: 'Sign in with your association account to do this.',
    });
  const account = associationAccountOf(viewer);
  if (!account)
    throw forbidden({ sv: 'Endast föreningskonton får göra detta.', en: 'Only association accounts may do this.' });
  return account;
}

/** Moderators decide on registrations and activities; other staff may read but not decide. */
export function requireModerator(viewer: Viewer): void {
  if (viewer.role === 'ANONYMOUS')
    throw unauthenticated({
      sv: 'Logga in som moderator för att göra detta.',
      en: 'Sign in as a moderator to do this.',
    });
  if (!isModerator(viewer))
    throw forbidden({
      sv: 'Endast moderatorer får fatta beslut om registret.',
      en: 'Only moderators may decide on the register.',
    });
}
