/**
 * EXAMPLE DATA: associations and activities of the register, as if they had registered through the
 * association portal. All invented; organisation numbers are made up but pass the check digit.
 * Activities are dated relative to the day they are loaded.
 */
import type { Db } from '../../functions/data/db.js';
import { joinSortKey, swedishSortText } from '../../functions/domain/sort-key.js';
import { associationWrites } from '../../functions/register/associations.js';
import { transact } from '../../functions/register/guards.js';

const day = 24 * 60 * 60 * 1000;
const hour = 60 * 60 * 1000;

const associations = [
  {
    id: 'a-unga-i-alby',
    accountId: 'account-unga-i-alby',
    name: 'Unga i Alby (exempel)',
    organisationNumber: '802400-1235',
    status: 'APPROVED',
    districts: ['alby'],
    website: 'https://example.org/unga-i-alby',
    email: 'info@unga-i-alby.example.org',
    description: 'Läxhjälp och fritid för unga i Alby.',
  },
  {
    id: 'a-fittja-dialog',
    accountId: 'account-fittja-dialog',
    name: 'Dialogföreningen Fittja (exempel)',
    organisationNumber: '802511-2346',
    status: 'APPROVED',
    districts: ['fittja', 'hallunda-norsborg'],
    email: 'hej@fittja-dialog.example.org',
    description: 'Samtalskvällar mellan generationer och trosinriktningar.',
  },
  {
    id: 'a-tumba-foraldrar',
    accountId: 'account-tumba-foraldrar',
    name: 'Föräldranätverket i Tumba (exempel)',
    organisationNumber: '802622-3456',
    status: 'APPROVED',
    districts: ['tumba'],
    description: 'Föräldrar som vandrar i centrum på fredagskvällar.',
    // A change of what the public sees, waiting for a moderator (the moderation queue's "changed" list).
    pendingChange: {
      name: 'Föräldranätverket i Tumba (exempel)',
      description: 'Föräldrar som vandrar i centrum på fredags- och lördagskvällar.',
      email: 'vandring@tumba-foraldrar.example.org',
      districts: ['tumba'],
    },
  },
  {
    id: 'a-ny-idrott',
    accountId: 'account-ny-idrott',
    name: 'Norsborgs idrottsklubb (exempel)',
    organisationNumber: '802733-4567',
    status: 'PENDING',
    districts: ['hallunda-norsborg'],
    description: 'Fotboll och futsal för unga.',
  },
  {
    id: 'a-avslagen',
    accountId: 'account-avslagen',
    name: 'Ofullständig ansökan (exempel)',
    organisationNumber: '802844-5677',
    status: 'REJECTED',
    districts: ['alby'],
    moderationNote: 'Stadgar saknas.',
  },
] as const;

export async function loadSampleRegister(db: Db, tenant: string, now: Date): Promise<void> {
  const createdAt = new Date(now.getTime() - 60 * day).toISOString();
  for (const example of associations) {
    const { pendingChange: change, ...association } = { pendingChange: undefined, ...example };
    // Written with the same uniqueness guards a registration writes.
    await transact(
      db,
      associationWrites(db, {
        tenant,
        ...association,
        districts: [...association.districts],
        // A waiting change raised the version once (the example's registration and approval count as version 1).
        version: change ? 2 : 1,
        ...(change
          ? {
              pendingChange: {
                ...change,
                districts: [...change.districts],
                submittedAt: new Date(now.getTime() - 2 * day).toISOString(),
              },
            }
          : {}),
        contactPerson: {
          name: `Kontakt för ${association.name}`,
          email: `kontakt@${association.id}.example.org`,
          phone: '+46 70 000 09 00',
        },
        listOrder: joinSortKey(swedishSortText(association.name), association.id),
        // Approved two days after registering, as its history below says.
        ...(association.status === 'APPROVED'
          ? { approvedAt: new Date(Date.parse(createdAt) + 2 * day).toISOString() }
          : {}),
        createdAt,
        updatedAt: createdAt,
      }),
    );
    // Its history as the register would have written it: the registration, then a moderator's decision.
    const record = { tenant, associationId: association.id };
    await db.entities.registerDecision
      .put({
        ...record,
        id: `${association.id}-registered`,
        at: createdAt,
        action: 'ASSOCIATION_REGISTERED',
        actorSubject: association.accountId,
        actorRole: 'ASSOCIATION',
        toStatus: 'PENDING',
      })
      .go();
    if (association.status !== 'PENDING') {
      await db.entities.registerDecision
        .put({
          ...record,
          id: `${association.id}-decided`,
          at: new Date(Date.parse(createdAt) + 2 * day).toISOString(),
          action: association.status === 'APPROVED' ? 'ASSOCIATION_APPROVED' : 'ASSOCIATION_REJECTED',
          actorSubject: 'cms:moderator@exempel.botkyrka.se',
          actorRole: 'MODERATOR',
          fromStatus: 'PENDING',
          toStatus: association.status,
          reason: 'moderationNote' in association ? association.moderationNote : undefined,
        })
        .go();
    }
    if (change) {
      await db.entities.registerDecision
        .put({
          ...record,
          id: `${association.id}-changed`,
          at: new Date(now.getTime() - 2 * day).toISOString(),
          action: 'ASSOCIATION_UPDATED',
          actorSubject: association.accountId,
          actorRole: 'ASSOCIATION',
          fromStatus: 'APPROVED',
          toStatus: 'APPROVED',
          version: 2,
        })
        .go();
    }
  }
  const evening = (days: number, startHour: number) => {
    const start = new Date(Math.floor((now.getTime() + days * day) / day) * day + startHour * hour);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * hour).toISOString() };
  };
  const activities = [
    ...[3, 10, 17, 24].map((days, index) => ({
      id: `act-laxhjalp-${index + 1}`,
      associationId: 'a-unga-i-alby',
      title: 'Läxhjälp på biblioteket (exempel)',
      description: 'Öppen läxhjälp för årskurs 7–9.',
      ...evening(days, 15),
      location: { name: 'Alby bibliotek (exempel)', address: 'Exempeltorget 3, Alby' },
      district: 'alby',
      targetGroups: ['YOUTH'],
      languages: ['sv', 'ar', 'so'],
      status: 'PUBLISHED' as const,
    })),
    {
      id: 'act-dialogkvall-1',
      associationId: 'a-fittja-dialog',
      title: 'Dialogkväll: att växa upp i Fittja (exempel)',
      description: 'Samtal mellan unga, föräldrar och trossamfund.',
      ...evening(6, 17),
      location: { name: 'Fittja folkets hus (exempel)' },
      district: 'fittja',
      targetGroups: ['YOUTH', 'PARENTS'],
      languages: ['sv', 'ar'],
      registrationUrl: 'https://example.org/fittja-dialog/anmalan',
      status: 'PUBLISHED' as const,
    },
    {
      id: 'act-nattvandring-1',
      associationId: 'a-tumba-foraldrar',
      title: 'Nattvandring i Tumba centrum (exempel)',
      ...evening(8, 19),
      district: 'tumba',
      targetGroups: ['PARENTS', 'ADULTS'],
      languages: ['sv'],
      status: 'PUBLISHED' as const,
    },
    {
      id: 'act-dialogkvall-2',
      associationId: 'a-fittja-dialog',
      title: 'Dialogkväll: tro och tillit (exempel)',
      ...evening(20, 17),
      district: 'fittja',
      targetGroups: ['EVERYONE'],
      languages: ['sv'],
      status: 'SUBMITTED' as const,
    },
  ];
  for (const activity of activities) {
    await db.entities.activity
      .put({
        tenant,
        ...activity,
        ...(activity.status === 'PUBLISHED' ? { publishedAt: createdAt } : {}),
        createdAt,
        updatedAt: createdAt,
      })
      .go();
  }
}
