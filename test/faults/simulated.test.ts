import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLOCK_TOLERANCE_SECONDS } from '../../functions/auth/clock-tolerance.js';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../functions/auth/tokens.js';
import { deliverDue } from '../../functions/notifications/deliver.js';
import { createSendMail } from '../../functions/notifications/mail.js';
import { mintPreviewToken, PREVIEW_LIFETIME_SECONDS, verifyPreviewToken } from '../../functions/preview/token.js';
import { assertNoInternals, createTestApi, TENANT, type TestApi } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { seedSample } from '../support/seed.js';
import { dynamoFaults } from './dynamo-faults.js';
import { recordFaultRow } from './matrix.js';
import type { ClientRun } from './retrying-client.js';
import { sesStandIn } from './ses-stand-in.js';
import { itemsOf, multisetDifference } from './table-census.js';
import { prepareWriteBurst } from './write-burst.js';

/**
 * Faults that cannot be caused here, simulated (each test's name says so): DynamoDB throttling and transaction
 * conflicts (injected into every document client below the SDK's retry middleware), SES throttling (SES
 * itself stood in for), and clocks that disagree (a skewed Date while a token is minted).
 */
vi.mock('../../functions/data/db.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../functions/data/db.js')>();
  const { withDynamoFaults } = await import('./dynamo-faults.js');
  return {
    ...original,
    createDocumentClient: (settings: Parameters<typeof original.createDocumentClient>[0]) =>
      withDynamoFaults(original.createDocumentClient(settings)),
  };
});
vi.mock('@aws-sdk/client-sesv2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@aws-sdk/client-sesv2')>();
  const { withSesStandIn } = await import('./ses-stand-in.js');
  class SESv2Client extends original.SESv2Client {
    constructor(config: ConstructorParameters<typeof original.SESv2Client>[0]) {
      // Credentials only to sign the request the stand-in answers; nothing leaves the process.
      super({ ...config, credentials: { accessKeyId: 'stand-in', secretAccessKey: 'stand-in' } });
      withSesStandIn(this, original.TooManyRequestsException);
    }
  }
  return { ...original, SESv2Client };
});

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
}, 180_000);

afterAll(() => {
  dynamoFaults.share = 0;
});

describe('DynamoDB throttling and transaction conflicts on 30 % of calls (simulated)', () => {
  it('answers reads rightly or with a clear retryable error, and keeps every write once', async () => {
    const publicRead = contractOperation('SupportResources');
    const baseline = await api.graphql(publicRead, { locale: 'SV' });
    expect(baseline.body.errors).toBeUndefined();
    let faultEndedAt = Number.POSITIVE_INFINITY;
    let started = Number.POSITIVE_INFINITY;
    const burst = await prepareWriteBurst(api, 'throttled', 6, () => Math.min(faultEndedAt, started) + 60_000);

    dynamoFaults.share = 0.3;
    started = Date.now();
    const runs: Promise<ClientRun>[] = burst.writes.map((write) => write());
    // Public reads beside the writes: the same answer as without the fault, or an error, never another answer.
    const reads = await Promise.all(Array.from({ length: 12 }, () => api.graphql(publicRead, { locale: 'SV' })));
    const settledDuringFault = await Promise.all(runs);
    dynamoFaults.share = 0;
    faultEndedAt = Date.now();

    const readErrors: string[] = [];
    for (const read of reads) {
      assertNoInternals(read);
      if (read.body.errors) readErrors.push(...read.body.errors.map((error) => String(error.extensions?.code)));
      else expect(read.body.data).toEqual(baseline.body.data);
    }
    for (const code of readErrors) expect(code).toBe('SERVICE_UNAVAILABLE');
    const refusals = settledDuringFault.flatMap((run) => run.refusals);
    for (const saw of refusals.filter((text) => text.startsWith('HTTP')))
      expect(saw).toMatch(/^HTTP 503 SERVICE_UNAVAILABLE: /);
    const injected = Object.values(dynamoFaults.injected).reduce((sum, count) => sum + count, 0);
    expect(dynamoFaults.injected.TransactionConflict, 'no transaction met a conflict').toBeGreaterThan(0);
    await burst.publishedAsWritten();
    const { lost, duplicates } = await burst.census();
    const unacknowledged = settledDuringFault.filter((run) => run.acknowledgedAt === undefined).length;
    const row = recordFaultRow({
      fault: `DynamoDB throttling / throughput exceeded / TransactionConflict on 30 % of ${dynamoFaults.calls} calls (${injected} injected)`,
      kind: 'simulated',
      userSaw: `the right answer, or SERVICE_UNAVAILABLE (${readErrors.length} of 12 reads, ${refusals.length} write tries retried by clients); slower answers`,
      converged: unacknowledged === 0,
      // Every write was through while the fault lasted: nothing was left to converge after it.
      convergeMs: Math.max(0, Math.max(...settledDuringFault.map((run) => run.acknowledgedAt ?? 0)) - faultEndedAt),
      lost,
      duplicates,
    });
    expect(started).toBeLessThan(faultEndedAt);
    expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
  }, 120_000);
});

describe('SES refusing half of the sends with TooManyRequestsException (simulated)', () => {
  it('sends every message once, later', async () => {
    const expected = (await itemsOf(api.db, 'notification'))
      .filter((item) => item.status === 'PENDING')
      .map((item) => item.to as string);
    expect(expected.length).toBeGreaterThan(0);
    const send = createSendMail({ from: 'foreningar@botkyrka.example', region: 'eu-north-1' });
    sesStandIn.throttledShare = 0.5;
    let now = Date.now();
    const throttledUntil = now + 10 * 60_000;
    let lastSentAt = now;
    for (let sweeps = 0; sweeps < 120; sweeps++) {
      // SES lets the sender through again after ten minutes of the notifier's clock.
      if (now >= throttledUntil) sesStandIn.throttledShare = 0;
      const counts = await deliverDue(api.db, TENANT, send, 'notifier-ses', new Date(now));
      expect(counts.failed).toBe(0);
      if (counts.sent) lastSentAt = now;
      if ((await itemsOf(api.db, 'notification')).every((item) => item.status === 'SENT')) break;
      now += 60_000;
    }
    sesStandIn.throttledShare = 0;
    const { lost, duplicates } = multisetDifference(expected, sesStandIn.accepted.flat());
    const row = recordFaultRow({
      fault: `SES TooManyRequestsException on half of the sends for 10 min (${sesStandIn.throttled} refused)`,
      kind: 'simulated',
      userSaw: 'nothing at once (the decisions were answered); the mail minutes later',
      converged: (await itemsOf(api.db, 'notification')).every((item) => item.status === 'SENT'),
      convergeMs: Math.max(0, lastSentAt - throttledUntil),
      lost,
      duplicates,
    });
    expect(sesStandIn.throttled).toBeGreaterThan(0);
    expect(row).toMatchObject({ converged: true, lost: 0, duplicates: 0 });
  }, 60_000);
});

describe('the clocks of the CMS, the identity provider and the API 5 minutes apart (simulated)', () => {
  /** Runs `mint` with this process's Date moved by `skewMs`: the clock of the part that mints. */
  async function onSkewedClock<T>(skewMs: number, mint: () => Promise<T>): Promise<T> {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + skewMs });
    try {
      return await mint();
    } finally {
      vi.useRealTimers();
    }
  }

  it(`accepts tokens and preview links minted up to ${CLOCK_TOLERANCE_SECONDS / 60} minutes ahead or behind, and refuses clearly beyond`, async () => {
    const skew = CLOCK_TOLERANCE_SECONDS * 1000 - 5_000;
    // A staff identity provider of its own for this test: its tokens carry `nbf` (Entra ID's do) on its own clock.
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwks = JSON.stringify({
      keys: [{ ...(await exportJWK(publicKey)), kid: 'skewed', alg: 'ES256', use: 'sig' }],
    });
    const skewedApi = await createTestApi({ VARNA_DEV_ISSUER_JWKS: jwks });
    const idpToken = (skewMs: number) =>
      onSkewedClock(skewMs, () =>
        new SignJWT({ roles: ['staff'] })
          .setProtectedHeader({ alg: 'ES256', kid: 'skewed' })
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setSubject('skewed-staff')
          .setIssuedAt()
          .setNotBefore('0s')
          .setExpirationTime('1h')
          .sign(privateKey),
      );
    const viewer = async (skewMs: number) => {
      const response = await skewedApi.graphql('{ viewer { role } }', {}, { token: await idpToken(skewMs) });
      assertNoInternals(response);
      return response;
    };
    // Within the tolerance, either way: signed in.
    for (const skewMs of [skew, -skew]) expect((await viewer(skewMs)).body.data?.viewer?.role).toBe('STAFF');
    // Beyond it: a clear 401, never someone else's answer.
    const beyond = await viewer(2 * CLOCK_TOLERANCE_SECONDS * 1000);
    expect(beyond.status).toBe(401);
    expect(beyond.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A preview link from a CMS whose clock is behind: it still works the hour the editor was promised.
    const secret = 'preview-secret-of-the-clock-test-0123456789';
    const grant = { type: 'page', key: 'om-varna', documentId: '1', locale: 'sv' as const, version: 1 };
    const behind = await onSkewedClock(-skew, async () =>
      mintPreviewToken(secret, { ...grant, expiresAt: Math.floor(Date.now() / 1000) + PREVIEW_LIFETIME_SECONDS }),
    );
    const ahead = await onSkewedClock(skew, async () =>
      mintPreviewToken(secret, { ...grant, expiresAt: Math.floor(Date.now() / 1000) + PREVIEW_LIFETIME_SECONDS }),
    );
    const almostAnHourLater = PREVIEW_LIFETIME_SECONDS * 1000 - 60_000;
    const verifiedLater = (token: string) => onSkewedClock(almostAnHourLater, () => verifyPreviewToken(secret, token));
    expect(await verifiedLater(behind)).toMatchObject({ key: 'om-varna' });
    expect(await verifyPreviewToken(secret, ahead)).toMatchObject({ key: 'om-varna' });
    // Revisions and schedules are the CMS's own clock against itself (README "How a publish reaches the API"):
    // the API's clock takes no part in them, so a skew between the two changes nothing there.
    const row = recordFaultRow({
      fault: `clock skew ±${(skew / 60_000).toFixed(1)} min between the CMS / identity provider and the API`,
      kind: 'simulated',
      userSaw: `signed in and previews as usual; beyond ${CLOCK_TOLERANCE_SECONDS / 60} min a clear 401 UNAUTHENTICATED`,
      converged: true,
      convergeMs: 0,
      lost: 0,
      duplicates: 0,
    });
    expect(row.converged).toBe(true);
  }, 60_000);
});
