import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../functions/read-model/publish.js';
import { withSharing } from '../../functions/training/sharing.js';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';

/**
 * A shared training (issue 32): Fryshuset (a provider) offers one training to Botkyrka, Huddinge and Haninge. Staff
 * of each register with their own municipality's token for one count of seats; the waiting list runs across them;
 * each coordinator sees and counts only their own people, the organiser's coordinator the whole roll. Through the
 * Lambda handler on DynamoDB Local, the copies written as the CMS's sync writes them (withSharing).
 */
const ORGANISER = 'fryshuset';
const PARTNERS = ['botkyrka', 'haninge', 'huddinge'];
const KEY = 'fryshuset-samtal-om-extremism';
const day = 24 * 60 * 60 * 1000;

let api: TestApi;
let revision = 1;

/** The training as the organiser publishes it, and the copy each partner's read model gets. */
async function publishShared(startsAt: Date) {
  revision++;
  const training = {
    type: 'training',
    key: KEY,
    revision,
    visibility: 'INTERNAL',
    title: { sv: 'Samtal om våldsbejakande extremism (Fryshuset, exempel)' },
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
    audience: 'FIRST_LINE_STAFF',
    capacity: 3,
    registrationOpen: true,
  };
  expect(await publish(api.db, ORGANISER, withSharing(training, { offeredTo: PARTNERS }))).toBe('written');
  for (const partner of PARTNERS)
    expect(await publish(api.db, partner, withSharing(training, { organiser: ORGANISER, offeredTo: PARTNERS }))).toBe(
      'written',
    );
}

const person = (municipality: string, sub: string) =>
  api.token('staff', sub, undefined, { name: `Person ${sub}`, email: `${sub}@example.org`, municipality });
const coordinatorOf = (municipality: string) =>
  api.token('coordinator', `coordinator-${municipality}`, undefined, { municipality });

let keys = 0;
async function register(token: string) {
  const response = await api.graphql(
    contractOperation('RegisterForTraining'),
    { trainingId: KEY, department: 'socialforvaltningen', idempotencyKey: `shared-${++keys}-${Date.now()}` },
    { token },
  );
  assertNoInternals(response);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.registerForTraining as { id: string; status: string; waitlistPosition: number | null };
}

async function participants(token: string) {
  const response = await api.graphql(contractOperation('TrainingParticipants'), { id: KEY }, { token });
  assertNoInternals(response);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.training as {
    seatsLeft: number;
    registrations: { id: string; name: string; status: string; waitlistPosition: number | null }[];
  };
}

const rollWithMunicipalities = `query SharedRoll($id: ID!) {
  training(id: $id) { organiser offeredTo registrations { name status waitlistPosition municipality } }
}`;

const tokens: Record<string, string> = {};
const registrations: Record<string, { id: string; status: string }> = {};

beforeAll(async () => {
  api = await createTestApi();
  for (const [slug, name, kind] of [
    ['huddinge', 'Huddinge', 'MUNICIPALITY'],
    ['haninge', 'Haninge', 'MUNICIPALITY'],
    [ORGANISER, 'Fryshuset', 'PROVIDER'],
  ] as const)
    await api.db.entities.municipality.put({ slug, name, kind, origins: [], createdAt: new Date().toISOString() }).go();
  for (const municipality of [TENANT, 'huddinge', 'haninge'])
    await publish(api.db, municipality, {
      type: 'department',
      key: 'socialforvaltningen',
      revision: 1,
      name: { sv: `Socialförvaltningen i ${municipality}` },
      trainingTargets: [{ audience: 'FIRST_LINE_STAFF', count: 10 }],
    });
  await publishShared(new Date(Date.now() + 5 * day));
  tokens.botkyrka1 = await person(TENANT, 'anna-botkyrka');
  tokens.botkyrka2 = await person(TENANT, 'bo-botkyrka');
  tokens.huddinge = await person('huddinge', 'cecilia-huddinge');
  tokens.haninge = await person('haninge', 'david-haninge');
}, 60_000);

describe('a training Fryshuset offers to Botkyrka, Huddinge and Haninge', () => {
  it('is listed by each partner, naming its organiser and partners', async () => {
    for (const municipality of PARTNERS) {
      const response = await api.graphql(
        'query SharedTraining($id: ID!) { training(id: $id) { organiser offeredTo } }',
        { id: KEY },
        { token: await person(municipality, `reader-${municipality}`) },
      );
      expect(response.body.data?.training).toEqual({ organiser: ORGANISER, offeredTo: PARTNERS });
    }
  });

  it('takes registrations from staff of all three for one count of seats, then a waiting list across them', async () => {
    registrations.botkyrka1 = await register(tokens.botkyrka1!);
    registrations.huddinge = await register(tokens.huddinge!);
    registrations.botkyrka2 = await register(tokens.botkyrka2!);
    registrations.haninge = await register(tokens.haninge!);
    expect(Object.fromEntries(Object.entries(registrations).map(([who, r]) => [who, r.status]))).toEqual({
      botkyrka1: 'REGISTERED',
      huddinge: 'REGISTERED',
      botkyrka2: 'REGISTERED',
      haninge: 'WAITLISTED',
    });
    // Haninge's person is first on the one waiting list, and every partner sees no seat left.
    expect(registrations.haninge).toMatchObject({ waitlistPosition: 1 });
    for (const municipality of PARTNERS)
      expect((await participants(await coordinatorOf(municipality))).seatsLeft).toBe(0);
  });

  it("shows each partner's coordinator their own people only, and the organiser's coordinator the whole roll", async () => {
    const roll = async (municipality: string) => {
      const response = await api.graphql(
        rollWithMunicipalities,
        { id: KEY },
        { token: await coordinatorOf(municipality) },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.training.registrations as { name: string; municipality: string }[];
    };
    expect((await roll('huddinge')).map((r) => r.name)).toEqual(['Person cecilia-huddinge']);
    expect((await roll('haninge')).map((r) => [r.name, r.municipality])).toEqual([['Person david-haninge', 'haninge']]);
    expect((await roll(TENANT)).map((r) => r.name)).toEqual(['Person anna-botkyrka', 'Person bo-botkyrka']);
    expect((await roll(ORGANISER)).map((r) => [r.name, r.municipality])).toEqual([
      ['Person anna-botkyrka', 'botkyrka'],
      ['Person cecilia-huddinge', 'huddinge'],
      ['Person bo-botkyrka', 'botkyrka'],
      ['Person david-haninge', 'haninge'],
    ]);
  });

  it("moves Haninge's waiting person up when a Botkyrka person cancels (the seat is shared)", async () => {
    const cancelled = await api.graphql(
      contractOperation('CancelTrainingRegistration'),
      { id: registrations.botkyrka2!.id },
      { token: tokens.botkyrka2! },
    );
    expect(cancelled.body.errors).toBeUndefined();
    expect(cancelled.body.data?.cancelTrainingRegistration).toMatchObject({
      status: 'CANCELLED',
      training: { seatsLeft: 0 },
    });
    const mine = await api.graphql(contractOperation('MyTrainings'), {}, { token: tokens.haninge! });
    expect(mine.body.data?.viewer.trainingRegistrations).toMatchObject([
      { status: 'REGISTERED', waitlistPosition: null },
    ]);
  });

  it("keeps a partner's people out of another partner's reach: Huddinge's coordinator cannot touch a Botkyrka registration", async () => {
    const response = await api.graphql(
      contractOperation('CancelTrainingRegistration'),
      { id: registrations.botkyrka1!.id },
      { token: await coordinatorOf('huddinge') },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    const botkyrka = await participants(await coordinatorOf(TENANT));
    expect(botkyrka.registrations.find((r) => r.id === registrations.botkyrka1!.id)?.status).toBe('REGISTERED');
  });

  it("counts each municipality's own people in its coordinator's report, after the organiser records everyone's attendance", async () => {
    // The training took place: its times moved into the past (a new revision, as the organiser's editors would save it).
    const startsAt = new Date(Date.now() - 2 * day);
    await publishShared(startsAt);
    const organiser = await coordinatorOf(ORGANISER);
    const whole = await api.graphql(
      'query Whole($id: ID!) { training(id: $id) { registrations { id status name } } }',
      { id: KEY },
      { token: organiser },
    );
    for (const registration of whole.body.data!.training.registrations.filter(
      (r: { status: string }) => r.status === 'REGISTERED',
    )) {
      const recorded = await api.graphql(
        contractOperation('RecordAttendance'),
        { registrationId: registration.id, attended: true },
        { token: organiser },
      );
      expect(recorded.body.errors, registration.name).toBeUndefined();
    }
    const window = { from: new Date(startsAt.getTime() - day).toISOString(), to: new Date().toISOString() };
    const trained = async (municipality: string) => {
      const response = await api.graphql(contractOperation('PreventionReport'), window, {
        token: await coordinatorOf(municipality),
      });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.preventionReport.participantsTrained as number;
    };
    expect({
      botkyrka: await trained(TENANT),
      huddinge: await trained('huddinge'),
      haninge: await trained('haninge'),
      fryshuset: await trained(ORGANISER),
    }).toEqual({ botkyrka: 1, huddinge: 1, haninge: 1, fryshuset: 0 });
  });
});
