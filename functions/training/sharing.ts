import type { Db } from '../data/db.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';

/**
 * Shared trainings (issue 32). A municipality or a provider (Fryshuset) organises a training and offers it to partner
 * municipalities: the partnership is data on the organiser's training (`offeredTo`, set by the organiser's admins).
 * - The organiser's read model holds the training; each partner's holds a copy naming its `organiser`, so a partner's
 *   lists, search and reads are its own partition's, as for any training (nothing grows with the number of partners).
 * - Seats are one count, in the ORGANISER's roll: the capacity holds across every partner.
 * - A registration is kept in the person's OWN municipality (its coordinator's personal data, its retention, its
 *   coverage and report: each coordinator counts only their own people), marked with the organiser.
 * - The whole roll (the organiser's coordinator; the waiting list's order) is the organiser's partition and each
 *   partner's, merged in order of registration: one Query per municipality the training is offered to.
 */

type Sharing = Pick<TrainingItem, 'organiser' | 'offeredTo'>;

/** Whether registrations for the training span municipalities. */
export const isShared = (training: Sharing) => Boolean(training.organiser) || (training.offeredTo?.length ?? 0) > 0;

/** The municipality whose roll counts the training's seats: its organiser (a training of one's own: one's own). */
export const organiserOf = (training: Sharing, tenant: string) => training.organiser ?? tenant;

/** The municipalities whose people may be on the training's roll: the organiser's and each partner's. */
export const rollTenantsOf = (training: Sharing, tenant: string) => [
  ...new Set([organiserOf(training, tenant), ...(training.offeredTo ?? [])]),
];

/** The municipality whose roll counts a registration's seat. */
export const seatTenantOf = (registration: Pick<TrainingRegistrationItem, 'organiser' | 'tenant'>) =>
  registration.organiser ?? registration.tenant;

// training.registrations (organiser), the waiting list's order: every roll municipality's partition, by ticket
export async function wholeRollOf(
  db: Db,
  training: Sharing & { key: string },
  tenant: string,
  options: { consistent?: boolean } = {},
): Promise<TrainingRegistrationItem[]> {
  const partitions = await Promise.all(
    rollTenantsOf(training, tenant).map(async (rollTenant) => {
      const { data } = await db.entities.trainingRegistration.query
        .byTraining({ tenant: rollTenant, trainingKey: training.key })
        .go({ pages: 'all', consistent: options.consistent ?? false });
      return data;
    }),
  );
  // A ticket begins with its instant: the order of registration across municipalities.
  return partitions.flat().sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0));
}

/**
 * A training document as the organiser's read model holds it (`offeredTo`: the partners) and a partner's (also its
 * `organiser`); without sharing, no partnership at all (the CMS's relation to municipalities is no document key).
 */
export function withSharing<Document extends object>(
  document: Document,
  sharing?: { organiser?: string; offeredTo: string[] },
): Document {
  const {
    offeredTo: _relation,
    organiser: _organiser,
    ...rest
  } = document as Document & {
    offeredTo?: unknown;
    organiser?: unknown;
  };
  return (sharing ? { ...rest, ...sharing } : rest) as Document;
}
