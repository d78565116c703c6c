import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../functions/read-model/publish.js';
import { anonymiseEndedTrainings } from '../../functions/training/retention.js';
import { assertNoInternals, createTestApi, TENANT, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { seedHeldTrainings } from '../support/training.js';

/**
 * Coverage and the prevention report against hand-counted figures, on a data set that spans two quarters
 * of 2026 (Q1, Q2) and a training after them, with a department that had nobody trained. The trainings
 * are written as they happened (support/training.ts), then coverage and the report read through the
 * Lambda handler.
 */
let api: TestApi;
let coordinator: string;

const Q1 = { from: '2026-01-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' };
const Q2 = { from: '2026-04-01T00:00:00+02:00', to: '2026-07-01T00:00:00+02:00' };
const H1 = { from: Q1.from, to: Q2.to };

const trainings = [
  {
    key: 'q1-first-line',
    startsAt: '2026-02-10T09:00:00+01:00',
    endsAt: '2026-02-10T12:00:00+01:00',
    audience: 'FIRST_LINE_STAFF',
    capacity: 10,
  },
  {
    key: 'q1-managers',
    startsAt: '2026-03-05T13:00:00+01:00',
    endsAt: '2026-03-05T16:00:00+01:00',
    audience: 'MANAGERS',
    capacity: 10,
  },
  {
    key: 'q2-first-line',
    startsAt: '2026-05-12T09:00:00+02:00',
    endsAt: '2026-05-12T12:00:00+02:00',
    audience: 'FIRST_LINE_STAFF',
    capacity: 2,
  },
  {
    key: 'q3-first-line',
    startsAt: '2026-08-20T09:00:00+02:00',
    endsAt: '2026-08-20T12:00:00+02:00',
    audience: 'FIRST_LINE_STAFF',
    capacity: 10,
  },
];

/** Who registered (department) and whether they came, per training. p1 attends four trainings, two of them first-line in the half-year; p4 registered without coming; p7 waited. */
const roll: Record<string, [person: string, department: string, attended: boolean][]> = {
  'q1-first-line': [
    ['p1', 'dep-a', true],
    ['p2', 'dep-a', true],
    ['p3', 'dep-b', true],
    ['p4', 'dep-a', false],
  ],
  'q1-managers': [
    ['p5', 'dep-a', true],
    ['p1', 'dep-a', true],
  ],
  'q2-first-line': [
    ['p1', 'dep-a', true],
    ['p6', 'dep-b', true],
    ['p7', 'dep-b', false],
  ],
  'q3-first-line': [['p1', 'dep-a', true]],
};

async function report(window: { from: string; to: string }) {
  const response = await api.graphql(contractOperation('PreventionReport'), window, { token: coordinator });
  assertNoInternals(response);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!.preventionReport as any;
}

async function coverage(window: { from: string; to: string }) {
  const response = await api.graphql(contractOperation('TrainingCoverage'), window, { token: coordinator });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return (response.body.data!.trainingCoverage as any[]).map(
    (row) => `${row.department.slug} ${row.audience} ${row.trained}/${row.target}`,
  );
}

beforeAll(async () => {
  api = await createTestApi();
  coordinator = await api.token('coordinator', 'coordinator');
  const base = { revision: 1 };
  for (const [key, name] of [
    ['alby', 'Alby'],
    ['tumba', 'Tumba'],
  ])
    await publish(api.db, TENANT, { type: 'district', key: key!, ...base, name: { sv: name! } });
  /** A department, with how many of each audience it aims to have trained. */
  const department = (key: string, name: string, targets: Record<string, number>) =>
    publish(api.db, TENANT, {
      type: 'department',
      key,
      ...base,
      name: { sv: name },
      trainingTargets: Object.entries(targets).map(([audience, count]) => ({ audience, count })),
    });
  await department('dep-a', 'Förvaltning A', { FIRST_LINE_STAFF: 10, MANAGERS: 2 });
  await department('dep-b', 'Förvaltning B', { FIRST_LINE_STAFF: 5 });
  await department('dep-c', 'Förvaltning C', { FIRST_LINE_STAFF: 3 });
  // Registered for a week before each training, attendance recorded after it.
  await seedHeldTrainings(
    api,
    trainings.map((training) => ({ ...training, roll: roll[training.key]! })),
  );

  // The council: two meetings held in Q1 (one more only planned), one held in Q2 (one more cancelled).
  for (const [key, startsAt, meetingStatus] of [
    ['m1', '2026-02-01T17:00:00+01:00', 'HELD'],
    ['m2', '2026-03-15T17:00:00+01:00', 'HELD'],
    ['m3', '2026-03-20T17:00:00+01:00', 'PLANNED'],
    ['m4', '2026-05-01T17:00:00+02:00', 'HELD'],
    ['m5', '2026-06-01T17:00:00+02:00', 'CANCELLED'],
  ])
    await publish(api.db, TENANT, {
      type: 'councilMeeting',
      key: key!,
      ...base,
      visibility: 'PUBLIC',
      title: { sv: key! },
      startsAt: startsAt!,
      meetingStatus,
      minutes: null,
    });

  // Support resources: one verified lately, one two years ago, one never; one internal.
  for (const [key, preventionLevel, verifiedAt, visibility] of [
    ['fresh', 'GENERAL', '2026-11-01T00:00:00Z', 'PUBLIC'],
    ['old', 'SPECIFIC', '2024-10-01T00:00:00Z', 'PUBLIC'],
    ['never', 'INDIVIDUAL', undefined, 'PUBLIC'],
    ['internal', 'GENERAL', '2026-10-01T00:00:00Z', 'INTERNAL'],
  ])
    await publish(api.db, TENANT, {
      type: 'supportResource',
      key: key!,
      ...base,
      visibility,
      title: { sv: `Stöd ${key}` },
      preventionLevel,
      ...(verifiedAt ? { verifiedAt } : {}),
    });

  // The register: associations approved in Q1 (two) and Q2 (one), one pending; published activities in both quarters.
  const association = (id: string, status: 'APPROVED' | 'PENDING', approvedAt?: string) =>
    api.db.entities.association
      .put({
        tenant: TENANT,
        id,
        accountId: `account-${id}`,
        name: `Förening ${id}`,
        organisationNumber: `80200${id.length}-0000`,
        districts: ['alby'],
        status,
        version: 1,
        contactPerson: { name: 'Kontakt', email: 'kontakt@example.org' },
        listOrder: id,
        ...(approvedAt ? { approvedAt } : {}),
        createdAt: '2025-12-01T00:00:00Z',
        updatedAt: approvedAt ?? '2025-12-01T00:00:00Z',
      })
      .go();
  await association('a1', 'APPROVED', '2026-01-15T10:00:00Z');
  await association('a2', 'APPROVED', '2026-03-31T21:00:00Z');
  await association('a3', 'APPROVED', '2026-04-02T10:00:00Z');
  await association('a4', 'PENDING');
  const activity = (
    id: string,
    startsAt: string,
    district: string,
    targetGroups: string[],
    status: 'PUBLISHED' | 'REJECTED' = 'PUBLISHED',
  ) =>
    api.db.entities.activity
      .put({
        tenant: TENANT,
        id,
        associationId: 'a1',
        title: `Aktivitet ${id}`,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 2 * 60 * 60 * 1000).toISOString(),
        district,
        targetGroups,
        status,
        createdAt: '2025-12-01T00:00:00Z',
        updatedAt: '2025-12-01T00:00:00Z',
      })
      .go();
  await activity('x1', '2026-01-20T16:00:00Z', 'alby', ['YOUTH']);
  await activity('x2', '2026-02-20T16:00:00Z', 'alby', ['YOUTH', 'PARENTS']);
  await activity('x3', '2026-03-20T16:00:00Z', 'tumba', ['SENIORS']);
  await activity('x4', '2026-03-21T16:00:00Z', 'tumba', ['SENIORS'], 'REJECTED');
  await activity('x5', '2026-05-20T16:00:00Z', 'tumba', ['EVERYONE']);
});

describe('the competence plan’s coverage', () => {
  it('counts distinct people per department and audience against the targets, quarter by quarter and for the half-year', async () => {
    expect(await coverage(Q1)).toEqual([
      'dep-a FIRST_LINE_STAFF 2/10',
      'dep-a MANAGERS 2/2',
      'dep-b FIRST_LINE_STAFF 1/5',
      'dep-c FIRST_LINE_STAFF 0/3',
    ]);
    expect(await coverage(Q2)).toEqual([
      'dep-a FIRST_LINE_STAFF 1/10',
      'dep-a MANAGERS 0/2',
      'dep-b FIRST_LINE_STAFF 1/5',
      'dep-c FIRST_LINE_STAFF 0/3',
    ]);
    // p1 attended first-line trainings in both quarters: one person in the half-year.
    expect(await coverage(H1)).toEqual([
      'dep-a FIRST_LINE_STAFF 2/10',
      'dep-a MANAGERS 2/2',
      'dep-b FIRST_LINE_STAFF 2/5',
      'dep-c FIRST_LINE_STAFF 0/3',
    ]);
  });
});

describe('the prevention report', () => {
  it('equals the hand-counted figures for each quarter', async () => {
    const q1 = await report(Q1);
    expect(q1).toMatchObject({
      trainingsHeld: 2,
      participantsTrained: 4,
      councilMeetingsHeld: 2,
      activitiesPublished: 3,
      associationsApproved: 2,
      activitiesByDistrict: [
        { district: { slug: 'alby', name: 'Alby' }, count: 2 },
        { district: { slug: 'tumba', name: 'Tumba' }, count: 1 },
      ],
      supportResourcesByPreventionLevel: [
        { preventionLevel: 'GENERAL', count: 2 },
        { preventionLevel: 'SPECIFIC', count: 1 },
        { preventionLevel: 'INDIVIDUAL', count: 1 },
      ],
    });
    expect(
      Object.fromEntries(q1.activitiesByTargetGroup.map((entry: any) => [entry.targetGroup, entry.count])),
    ).toEqual({
      CHILDREN: 0,
      YOUTH: 2,
      YOUNG_ADULTS: 0,
      ADULTS: 0,
      PARENTS: 1,
      SENIORS: 1,
      EVERYONE: 0,
    });
    expect(q1.staleSupportResources.map((resource: any) => resource.id)).toEqual(['never', 'old']);
    expect(await report(Q2)).toMatchObject({
      trainingsHeld: 1,
      participantsTrained: 2,
      councilMeetingsHeld: 1,
      activitiesPublished: 1,
      associationsApproved: 1,
    });
    expect(await report(H1)).toMatchObject({
      trainingsHeld: 3,
      participantsTrained: 5,
      councilMeetingsHeld: 3,
      activitiesPublished: 4,
      associationsApproved: 3,
    });
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const response = await api.graphql(
      contractOperation('PreventionReport'),
      { from: Q2.from, to: Q1.from },
      { token: coordinator },
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('anonymisation after the retention time', () => {
  it('removes names and e-mail addresses and keeps every count', async () => {
    const before = [await coverage(H1), await report(H1)];
    // 24 months after the Q1 and Q2 trainings, not yet after the Q3 one.
    const outcome = await anonymiseEndedTrainings({
      db: api.db,
      tenant: TENANT,
      now: new Date('2028-07-01T00:00:00Z'),
    });
    expect(outcome).toEqual({ trainings: 3, registrations: 9 });
    expect([await coverage(H1), await report(H1)]).toEqual(before);

    const participants = async (id: string) =>
      (await api.graphql(contractOperation('TrainingParticipants'), { id }, { token: coordinator })).body.data!.training
        .registrations as any[];
    for (const registration of await participants('q1-first-line'))
      expect(registration).toMatchObject({ name: null, email: null });
    expect((await participants('q3-first-line'))[0]).toMatchObject({ name: 'Person p1', email: 'p1@example.org' });
    // The anonymised are no longer anyone's: p1's own list keeps only the training not yet anonymised.
    const p1 = await api.token('staff', 'p1');
    const mine = await api.graphql(contractOperation('MyTrainings'), {}, { token: p1 });
    expect(mine.body.data!.viewer.trainingRegistrations.map((registration: any) => registration.training.id)).toEqual([
      'q3-first-line',
    ]);
    // A second run finds nothing left to do.
    expect(
      await anonymiseEndedTrainings({ db: api.db, tenant: TENANT, now: new Date('2028-07-01T00:00:00Z') }),
    ).toEqual({ trainings: 0, registrations: 0 });
  });
});
