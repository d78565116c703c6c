import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { Webhook } from 'standardwebhooks';
import type { Db } from '../data/db.js';
import type { WebhookChangeItem } from '../data/entities/webhook-change.js';
import type { WebhookDeliveryItem } from '../data/entities/webhook-delivery.js';
import { deliverOnce, settleLapsedClaim, sweepCounts } from '../data/outbox.js';
import type { DeliveryOutcome, DeliveryPolicy, SweepCounts } from '../data/outbox.js';
import type { WebhookEndpoint } from './config.js';

/** Attempts before a delivery is given up (FAILED, for an admin's resend): 8, waiting 30 s, 1, 2, 4 … 32 minutes. */
export const MAX_ATTEMPTS = 8;
/** A claimed delivery is held 2 minutes; the sweep then makes one whose sender stopped due again. */
const policy: DeliveryPolicy = {
  claimMs: 2 * 60 * 1000,
  maxAttempts: MAX_ATTEMPTS,
  backoffMs: (attempts) => 30_000 * 2 ** (attempts - 1),
};
/** A receiver that does not answer within this is down for this attempt. */
const TIMEOUT_MS = 10_000;
const KEEP_SECONDS = 30 * 24 * 60 * 60;

/** The delivery's id, the `webhook-id`: the change's and the endpoint's, so a change is never queued twice for one endpoint. */
export const deliveryIdOf = (change: Pick<WebhookChangeItem, 'id'>, endpoint: Pick<WebhookEndpoint, 'name'>) =>
  `msg_${change.id.replace(/-/g, '')}_${endpoint.name}`;

// webhook sender: one delivery per endpoint for a new change (conditional puts: a stream record seen twice queues nothing twice)
/** A public endpoint hears only public changes; an internal one every change. */
const mayHear = (endpoint: WebhookEndpoint, change: WebhookChangeItem) =>
  endpoint.scope === 'internal' || change.audience === 'public';

export async function queueDeliveries(
  db: Db,
  change: WebhookChangeItem,
  endpoints: WebhookEndpoint[],
  now: Date,
): Promise<number> {
  let queued = 0;
  for (const endpoint of endpoints) {
    if (!mayHear(endpoint, change)) continue;
    const payload = JSON.stringify({
      type: change.eventType,
      timestamp: change.occurredAt,
      data: { types: change.types, keys: change.keys, paths: change.paths },
    });
    try {
      await db.entities.webhookDelivery
        .create({
          tenant: change.tenant,
          id: deliveryIdOf(change, endpoint),
          changeId: change.id,
          endpoint: endpoint.name,
          eventType: change.eventType,
          payload,
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: now.toISOString(),
          createdAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
        })
        .go({ response: 'none', originalErr: true });
      queued++;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return queued;
}

/** POSTs the signed message; throws with what went wrong unless the receiver answered 2xx. */
async function post(endpoint: WebhookEndpoint, delivery: WebhookDeliveryItem, now: Date): Promise<void> {
  const signature = new Webhook(endpoint.secret).sign(delivery.id, now, delivery.payload);
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
      'user-agent': 'Varna-Webhooks/1',
    },
    body: delivery.payload,
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: 'error',
  });
  if (!response.ok) throw new Error(`The receiver answered HTTP ${response.status}`);
}

/**
 * Delivers one message: claims it, signs it (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) and posts it; a failure puts it back as PENDING after a growing pause, and after
 * MAX_ATTEMPTS marks it FAILED. A delivery to an endpoint no longer configured fails at once.
 */
export async function deliverWebhook(
  db: Db,
  delivery: WebhookDeliveryItem,
  endpoints: WebhookEndpoint[],
  sender: string,
  now: Date,
): Promise<DeliveryOutcome> {
  const endpoint = endpoints.find((candidate) => candidate.name === delivery.endpoint);
  return deliverOnce(db, 'webhookDelivery', delivery, { policy, sender, now, hopeless: !endpoint }, async () => {
    if (!endpoint) throw new Error(`No endpoint named ${delivery.endpoint} is configured any more`);
    await post(endpoint, delivery, now);
  });
}

// webhook sender's sweep: deliveries of one status by due time (one Query per page)
export async function webhookDeliveriesIn(
  db: Db,
  tenant: string,
  status: WebhookDeliveryItem['status'],
  before?: Date,
): Promise<WebhookDeliveryItem[]> {
  const query = db.entities.webhookDelivery.query.byStatus({ tenant, status });
  // The sort key is "nextAttemptAt#id": every key at or before `before` sorts below the next millisecond.
  const { data } = await (
    before ? query.lt({ nextAttemptAt: new Date(before.getTime() + 1).toISOString() }) : query
  ).go({ pages: 'all' });
  return data;
}

// webhook sender's sweep: SENDING deliveries whose sender stopped: back to PENDING (a webhook may arrive twice; receivers drop a repeated id)
async function lapsedClaims(db: Db, tenant: string, now: Date): Promise<number> {
  const lapsed = (await webhookDeliveriesIn(db, tenant, 'SENDING')).filter(
    (delivery) => (delivery.claimedUntil ?? '') < now.toISOString(),
  );
  for (const delivery of lapsed)
    await settleLapsedClaim(
      db,
      'webhookDelivery',
      delivery,
      { status: 'PENDING', nextAttemptAt: now.toISOString() },
      'The sender stopped before it confirmed the delivery.',
    );
  return lapsed.length;
}

/** Everything due: what a new change on the stream and the minute's sweep both run. */
export async function deliverDueWebhooks(
  db: Db,
  tenant: string,
  endpoints: WebhookEndpoint[],
  sender: string,
  now: Date,
): Promise<SweepCounts> {
  const lapsed = await lapsedClaims(db, tenant, now);
  const due = await webhookDeliveriesIn(db, tenant, 'PENDING', now);
  // Endpoints are independent: one slow receiver does not hold up the others' deliveries.
  const outcomes = await Promise.all(due.map((delivery) => deliverWebhook(db, delivery, endpoints, sender, now)));
  return sweepCounts(lapsed, outcomes);
}

// CMS's resend: a delivered or failed delivery is due again at once, its attempts counted afresh
export async function resendWebhook(
  db: Db,
  tenant: string,
  id: string,
  now: Date,
): Promise<WebhookDeliveryItem | null> {
  const { data } = await db.entities.webhookDelivery.get({ tenant, id }).go();
  if (!data || data.status === 'SENDING') return data;
  const next = { status: 'PENDING' as const, attempts: 0, nextAttemptAt: now.toISOString() };
  await db.entities.webhookDelivery.patch({ tenant, id }).set(next).remove(['lastError']).go({ response: 'none' });
  return { ...data, ...next };
}
