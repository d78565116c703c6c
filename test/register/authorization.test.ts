import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestApi } from '../support/api.js';
import { activityInput, registerCalls, registration, startRegisterTest } from './support.js';

/** Every mutation × every kind of caller: who may, and the code every other caller gets. */
type Caller = 'anonymous' | 'staff' | 'moderator' | 'owner' | 'other';
const callers: Caller[] = ['anonymous', 'staff', 'moderator', 'owner', 'other'];

let api: TestApi;
let calls: ReturnType<typeof registerCalls>;
let tokens: Record<Caller, string | undefined>;
let moderatorToken: string;
let fixtureCount = 0;

beforeAll(async () => {
  ({ api, calls, moderator: moderatorToken } = await startRegisterTest());
  tokens = {
    anonymous: undefined,
    staff: await api.token('staff'),
    moderator: moderatorToken,
    owner: undefined,
    other: await api.token('association', 'account-other'),
  };
});

/** A fresh association (approved unless said; CHANGED: approved, with a change waiting) with a submitted activity, owned by a fresh account. */
async function fixture(status: 'PENDING' | 'APPROVED' | 'CHANGED' = 'APPROVED') {
  const owner = await api.token('association', `account-owner-${fixtureCount++}`);
  const associationId = (await calls.register(owner, registration())).body.data!.registerAssociation.id as string;
  let activityId = '';
  if (status !== 'PENDING') {
    await calls.approve(moderatorToken, associationId);
    activityId = (await calls.submit(owner, activityInput())).body.data!.submitActivity.id;
  }
  if (status === 'CHANGED') await calls.update(owner, associationId, 2, { name: 'Nytt namn (väntar)' });
  return { owner, associationId, activityId };
}

type Target = Awaited<ReturnType<typeof fixture>>;
type Row = {
  mutation: string;
  /** The state of the target's association when the mutation is called (APPROVED unless said). */
  state?: 'PENDING' | 'CHANGED';
  allowed: Caller[];
  refusals: Partial<Record<Caller, string>>;
  run: (token: string | undefined, target: Target) => ReturnType<typeof calls.approve>;
};
/** A mutation for moderators only: signed-out callers must sign in, every other caller may not. */
const forModerators = (mutation: string, run: Row['run'], state?: Row['state']): Row => ({
  mutation,
  state,
  allowed: ['moderator'],
  refusals: { anonymous: 'UNAUTHENTICATED', staff: 'FORBIDDEN', owner: 'FORBIDDEN', other: 'FORBIDDEN' },
  run,
});
/** A mutation for the association's owner only: signed-out callers must sign in, every other caller may not. */
const forOwners = (mutation: string, run: Row['run']): Row => ({
  mutation,
  allowed: ['owner'],
  refusals: { anonymous: 'UNAUTHENTICATED', staff: 'FORBIDDEN', moderator: 'FORBIDDEN', other: 'FORBIDDEN' },
  run,
});
const matrix: Row[] = [
  {
    mutation: 'registerAssociation',
    allowed: ['other'],
    refusals: { anonymous: 'UNAUTHENTICATED', staff: 'FORBIDDEN', moderator: 'FORBIDDEN', owner: 'CONFLICT' },
    run: (token) => calls.register(token, registration()),
  },
  forOwners('updateAssociation', (token, target) =>
    calls.update(token, target.associationId, 2, { description: 'Ändrad' }),
  ),
  forModerators('approveAssociation', (token, target) => calls.approve(token, target.associationId), 'PENDING'),
  forModerators('rejectAssociation', (token, target) => calls.reject(token, target.associationId), 'PENDING'),
  forModerators('suspendAssociation', (token, target) => calls.suspend(token, target.associationId)),
  forModerators(
    'approveAssociationChange',
    (token, target) => calls.approveChange(token, target.associationId),
    'CHANGED',
  ),
  forModerators(
    'rejectAssociationChange',
    (token, target) => calls.rejectChange(token, target.associationId),
    'CHANGED',
  ),
  forOwners('submitActivity', (token) => calls.submit(token, activityInput())),
  forOwners('cancelActivity', (token, target) => calls.cancel(token, target.activityId)),
  forModerators('publishActivity', (token, target) => calls.publish(token, target.activityId)),
  forModerators('rejectActivity', (token, target) => calls.rejectActivity(token, target.activityId)),
];

/**
 * One target per row: a refusal changes nothing (each test checks that), so the refused callers share the row's
 * target and the allowed caller, last, acts on it. A fresh target per caller made this file the suite's slowest.
 */
const targets = new Map<string, Promise<Target>>();
const targetOf = (row: Row) => {
  if (!targets.has(row.mutation)) targets.set(row.mutation, fixture(row.state));
  return targets.get(row.mutation)!;
};

describe('who may call each mutation', () => {
  for (const row of matrix) {
    const refusedFirst = [...callers.filter((caller) => !row.allowed.includes(caller)), ...row.allowed];
    it.each(refusedFirst.map((caller) => [row.mutation, caller] as const))('%s by %s', async (_, caller) => {
      const target = await targetOf(row);
      const token = caller === 'owner' ? target.owner : tokens[caller];
      const before = JSON.stringify((await calls.mine(target.owner)).body.data);
      const response = await row.run(token, target);
      if (row.allowed.includes(caller)) {
        expect(response.body.errors).toBeUndefined();
      } else {
        expect(errorCodes(response)).toEqual([row.refusals[caller]]);
        expect(response.body.data).toBeNull();
        // A refusal changes nothing the owner can see.
        expect(JSON.stringify((await calls.mine(target.owner)).body.data)).toBe(before);
      }
    });
  }
});
