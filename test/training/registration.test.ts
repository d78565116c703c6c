import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, errorCodes, TENANT, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { seedSample } from '../support/seed.js';
import { runStaffErase, tableEnvironmentOf } from '../support/training.js';

/** Training registration (contract next/intranet.graphql), through the Lambda handler on DynamoDB Local. */
let api: TestApi;
let coordinator: string;

const day = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

const training = (key: string, extra: Record<string, unknown> = {}) =>
  publish(api.db, TENANT, {
    type: 'training',
    key,
    revision: 1,
    visibility: 'INTERNAL',
    title: { sv: `Utbildning ${key} (test)` },
    startsAt: inDays(10),
    endsAt: new Date(Date.parse(inDays(10)) + 3 * 60 * 60 * 1000).toISOString(),
    audience: 'FIRST_LINE_STAFF',
    ...extra,
  });

const staffToken = (sub: string) =>
  api.token('staff', sub, undefined, { name: `Person ${sub}`, email: `${sub}@example.org` });

async function call(operation: string, variables: Record<string, unknown>, token?: string) {
  const response = await api.graphql(contractOperation(operation), variables, token ? { token } : {});
  assertNoInternals(response);
  return response;
}

async function ok<T = any>(operation: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await call(operation, variables, token);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data as T;
}

let keys = 0;
const register = (
  trainingId: string,
  token: string,
  idempotencyKey = `key-${++keys}-${Date.now()}`,
  department = 'socialforvaltningen',
) => call('RegisterForTraining', { trainingId, department, idempotencyKey }, token);

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  coordinator = await api.token('coordinator', 'coordinator-1', undefined, {
    name: 'Samordnaren',
    email: 'samordnare@example.org',
  });
  await training('test-seats', { capacity: 2 });
  await training('test-crowd', { capacity: 10 });
  await training('test-closed', { capacity: 5, registrationOpen: false });
  await training('test-started', { capacity: 5, startsAt: inDays(-1), endsAt: inDays(-0.9) });
  await training('test-external', { registrationUrl: 'https://example.org/anmalan' });
  await training('test-attendance', { capacity: 5 });
  await training('test-erase', { capacity: 1 });
});

describe('registering for a training', () => {
  it('gives seats up to the capacity, then places on the waiting list; the first waiting moves up when a seat is cancelled', async () => {
    const [anna, bo, cecilia, david] = await Promise.all(['anna', 'bo', 'cecilia', 'david'].map(staffToken));
    const first = (await register('test-seats', anna!)).body.data!.registerForTraining;
    expect(first).toMatchObject({
      status: 'REGISTERED',
      waitlistPosition: null,
      department: { slug: 'socialforvaltningen' },
      training: { id: 'test-seats', seatsLeft: 1 },
    });
    expect((await register('test-seats', bo!)).body.data!.registerForTraining).toMatchObject({
      status: 'REGISTERED',
      training: { seatsLeft: 0 },
    });
    expect((await register('test-seats', cecilia!)).body.data!.registerForTraining).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect((await register('test-seats', david!)).body.data!.registerForTraining).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });

    // Another staff member sees the seat counts and their own (absent) registration only.
    const seats = await ok('TrainingSeats', { id: 'test-seats' }, await staffToken('erik'));
    expect(seats.training).toMatchObject({ capacity: 2, seatsLeft: 0, registrationOpen: true, myRegistration: null });

    const cancelled = await ok('CancelTrainingRegistration', { id: first.id }, anna);
    expect(cancelled.cancelTrainingRegistration).toMatchObject({ status: 'CANCELLED', training: { seatsLeft: 0 } });
    expect((await ok('TrainingSeats', { id: 'test-seats' }, cecilia)).training.myRegistration).toMatchObject({
      status: 'REGISTERED',
      waitlistPosition: null,
    });
    expect((await ok('TrainingSeats', { id: 'test-seats' }, david)).training.myRegistration).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });

    // With nobody waiting, a cancellation frees a seat.
    const davidsId = (await ok('TrainingSeats', { id: 'test-seats' }, david)).training.myRegistration.id;
    await ok('CancelTrainingRegistration', { id: davidsId }, david);
    const bosId = (await ok('TrainingSeats', { id: 'test-seats' }, bo)).training.myRegistration.id;
    expect(
      (await ok('CancelTrainingRegistration', { id: bosId }, bo)).cancelTrainingRegistration.training.seatsLeft,
    ).toBe(1);
  });

  it('never overbooks: 50 concurrent registrations for 10 seats give 10 seats and waiting places 1–40', async () => {
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, index) => staffToken(`crowd-${index}`)));
    const responses = await Promise.all(tokens.map((token) => register('test-crowd', token)));
    for (const response of responses)
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    const statuses = responses.map((response) => response.body.data!.registerForTraining.status);
    expect(statuses.filter((status) => status === 'REGISTERED')).toHaveLength(10);
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(40);

    const participants = (await ok('TrainingParticipants', { id: 'test-crowd' }, coordinator)).training;
    expect(participants.seatsLeft).toBe(0);
    expect(participants.registrations.filter((registration: any) => registration.status === 'REGISTERED')).toHaveLength(
      10,
    );
    const positions = participants.registrations
      .filter((registration: any) => registration.status === 'WAITLISTED')
      .map((registration: any) => registration.waitlistPosition);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(new Set(participants.registrations.map((registration: any) => registration.email)).size).toBe(50);
  });

  it('answers a retry with the same idempotency key with the first result, and a second registration with CONFLICT', async () => {
    const frida = await staffToken('frida');
    const first = await register('test-attendance', frida, 'retry-key-frida');
    const retry = await register('test-attendance', frida, 'retry-key-frida');
    expect(retry.body.data!.registerForTraining.id).toBe(first.body.data!.registerForTraining.id);
    const second = await register('test-attendance', frida, 'another-key-frida');
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect((await ok('MyTrainings', {}, frida)).viewer.trainingRegistrations).toEqual([
      expect.objectContaining({ status: 'REGISTERED', training: expect.objectContaining({ id: 'test-attendance' }) }),
    ]);
  });

  it('refuses closed, started, external and unknown trainings, bad departments and callers who are not staff', async () => {
    const gustav = await staffToken('gustav');
    expect(errorCodes(await register('test-closed', gustav))).toEqual(['CONFLICT']);
    expect(errorCodes(await register('test-started', gustav))).toEqual(['CONFLICT']);
    expect(errorCodes(await register('test-external', gustav))).toEqual(['CONFLICT']);
    expect(errorCodes(await register('no-such-training', gustav))).toEqual(['NOT_FOUND']);
    const badDepartment = await register('test-attendance', gustav, 'gustav-bad-department', 'no-such-department');
    expect(errorCodes(badDepartment)).toEqual(['BAD_USER_INPUT']);
    expect(badDepartment.body.errors![0]!.extensions!.field).toBe('input.department');
    expect(errorCodes(await register('test-attendance', await api.token('association', 'account-x')))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes(
        await call('RegisterForTraining', {
          trainingId: 'test-attendance',
          department: 'socialforvaltningen',
          idempotencyKey: 'anonymous-key',
        }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
    // Nothing was written by the refusals.
    expect((await ok('MyTrainings', {}, gustav)).viewer.trainingRegistrations).toEqual([]);
    expect((await ok('TrainingSeats', { id: 'test-closed' }, gustav)).training).toMatchObject({
      registrationOpen: false,
      seatsLeft: 5,
    });
  });
});

describe('who sees registrations', () => {
  it('lets only coordinators read participants, record attendance and cancel others’ registrations', async () => {
    const helena = await staffToken('helena');
    const ivar = await staffToken('ivar');
    const registration = (await register('test-attendance', helena)).body.data!.registerForTraining;
    expect(errorCodes(await call('TrainingParticipants', { id: 'test-attendance' }, ivar))).toEqual(['FORBIDDEN']);
    // To the public an internal training does not exist.
    expect((await call('TrainingParticipants', { id: 'test-attendance' })).body.data!.training).toBeNull();
    expect(errorCodes(await call('CancelTrainingRegistration', { id: registration.id }, ivar))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await call('RecordAttendance', { registrationId: registration.id, attended: true }, helena)),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call('TrainingCoverage', { from: inDays(-90), to: inDays(1) }, ivar))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await call('PreventionReport', { from: inDays(-90), to: inDays(1) }, ivar))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await call('PreventionReport', { from: inDays(-90), to: inDays(1) }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const participants = (await ok('TrainingParticipants', { id: 'test-attendance' }, coordinator)).training
      .registrations;
    expect(participants).toContainEqual(
      expect.objectContaining({
        id: registration.id,
        name: 'Person helena',
        email: 'helena@example.org',
        attended: false,
      }),
    );
    // Attendance before the training has started is refused; a coordinator may cancel anyone's registration.
    expect(
      errorCodes(await call('RecordAttendance', { registrationId: registration.id, attended: true }, coordinator)),
    ).toEqual(['CONFLICT']);
    expect(
      (await ok('CancelTrainingRegistration', { id: registration.id }, coordinator)).cancelTrainingRegistration.status,
    ).toBe('CANCELLED');
  });

  it('never shows registrations to the public: an internal training is not there, and the public schema path refuses', async () => {
    const anonymous = await call('TrainingSeats', { id: 'test-seats' });
    expect(anonymous.body.data!.training).toBeNull();
    await training('test-public', { visibility: 'PUBLIC', capacity: 3 });
    const publicTraining = await call('TrainingParticipants', { id: 'test-public' });
    expect(errorCodes(publicTraining)).toEqual(['UNAUTHENTICATED']);
    expect(publicTraining.raw).not.toContain('@example.org');
  });
});

describe('erasure on request (npm run staff:erase)', () => {
  it('cancels the person’s upcoming registrations (the first waiting moves up) and anonymises every one, keeping the seat counts', async () => {
    const karin = await staffToken('karin');
    const lars = await staffToken('lars');
    expect((await register('test-erase', karin)).body.data!.registerForTraining.status).toBe('REGISTERED');
    expect((await register('test-erase', lars)).body.data!.registerForTraining.status).toBe('WAITLISTED');

    const { stdout } = await runStaffErase('karin', { VARNA_STAGE: 'test', ...tableEnvironmentOf(api) });
    expect(stdout).toContain('1 upcoming registration(s) cancelled, 1 registration(s) anonymised');

    expect((await ok('MyTrainings', {}, karin)).viewer.trainingRegistrations).toEqual([]);
    expect((await ok('TrainingSeats', { id: 'test-erase' }, lars)).training.myRegistration).toMatchObject({
      status: 'REGISTERED',
    });
    const roll = (await ok('TrainingParticipants', { id: 'test-erase' }, coordinator)).training;
    expect(roll.seatsLeft).toBe(0);
    const participants = roll.registrations;
    expect(participants).toEqual([
      expect.objectContaining({
        status: 'CANCELLED',
        name: null,
        email: null,
        department: { slug: 'socialforvaltningen', name: 'Socialförvaltningen' },
      }),
      expect.objectContaining({ status: 'REGISTERED', name: 'Person lars' }),
    ]);
    expect(JSON.stringify(participants)).not.toContain('karin');
  });
});
