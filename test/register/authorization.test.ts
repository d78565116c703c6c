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
/** What every caller but the one the mutation is for gets: signed-out callers must sign in, the rest may not. */
const refusedToAllButModerators: Partial<Record<Caller, string>> = {
  anonymous: 'UNAUTHENTICATED',
  staff: 'FORBIDDEN',
  owner: 'FORBIDDEN',
  other: 'FORBIDDEN',
};
const refusedToAllButOwners: Partial<Record<Caller, string>> = {
  anonymous: 'UNAUTHENTICATED',
  staff: 'FORBIDDEN',
  moderator: 'FORBIDDEN',
  other: 'FORBIDDEN',
};
const matrix: {
  mutation: string;
  pending?: boolean;
  changed?: boolean;
  allowed: Caller[];
  refusals: Partial<Record<Caller, string>>;
  run: (token: string | undefined, target: Target) => ReturnType<typeof calls.approve>;
}[] = [
  {
    mutation: 'registerAssociation',
    allowed: ['other'],
    refusals: { anonymous: 'UNAUTHENTICATED', staff: 'FORBIDDEN', moderator: 'FORBIDDEN', owner: 'CONFLICT' },
    run: (token) => calls.register(token, registration()),
  },
  {
    mutation: 'updateAssociation',
    allowed: ['owner'],
    refusals: refusedToAllButOwners,
    run: (token, target) => calls.update(token, target.associationId, 2, { description: 'Ändrad' }),
  },
  {
    mutation: 'approveAssociation',
    pending: true,
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.approve(token, target.associationId),
  },
  {
    mutation: 'rejectAssociation',
    pending: true,
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.reject(token, target.associationId),
  },
  {
    mutation: 'suspendAssociation',
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.suspend(token, target.associationId),
  },
  {
    mutation: 'approveAssociationChange',
    changed: true,
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.approveChange(token, target.associationId),
  },
  {
    mutation: 'rejectAssociationChange',
    changed: true,
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.rejectChange(token, target.associationId),
  },
  {
    mutation: 'submitActivity',
    allowed: ['owner'],
    refusals: refusedToAllButOwners,
    run: (token) => calls.submit(token, activityInput()),
  },
  {
    mutation: 'cancelActivity',
    allowed: ['owner'],
    refusals: refusedToAllButOwners,
    run: (token, target) => calls.cancel(token, target.activityId),
  },
  {
    mutation: 'publishActivity',
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.publish(token, target.activityId),
  },
  {
    mutation: 'rejectActivity',
    allowed: ['moderator'],
    refusals: refusedToAllButModerators,
    run: (token, target) => calls.rejectActivity(token, target.activityId),
  },
];

describe('who may call each mutation', () => {
  for (const row of matrix) {
    it.each(callers.map((caller) => [row.mutation, caller] as const))('%s by %s', async (_, caller) => {
      const target = await fixture(row.pending ? 'PENDING' : row.changed ? 'CHANGED' : 'APPROVED');
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
