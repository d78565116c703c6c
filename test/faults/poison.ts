import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Db } from '../../functions/data/db.js';

/**
 * Poison records for each stream-subscribed function (issue 31): a record its handler can never process, however
 * often it is retried. The notifier's and the webhook sender's are real items in the table (their INSERT passes
 * the subscription's filter, as any new message or change does) that fail the handler's validation; the search
 * indexer's filter passes only pointers' keys, so its poison is a stream record with a key that is
 * not the pointer's (a malformed key), handed to the handler itself.
 */

/** The item's keys as ElectroDB spells them for an entity keyed by tenant and id. */
const keysOf = (entity: { get(key: { tenant: string; id: string }): { params<P>(): P } }, tenant: string, id: string) =>
  entity.get({ tenant, id }).params<{ Key: { pk: string; sk: string } }>().Key;

/**
 * An outbox message the notifier cannot send: ElectroDB's own item (its entity markers set, so it is read as a
 * notification) with no recipient, status or attempts. Written raw, as a bug or an old release might have.
 * It carries no status index key, so no sweep finds it either. Returns its id.
 */
export async function writePoisonNotification(db: Db, tenant: string): Promise<string> {
  const id = `poison-${randomUUID()}`;
  await db.client.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keysOf(db.entities.notification, tenant, id),
        __edb_e__: 'notification',
        __edb_v__: '1',
        tenant,
        id,
        subject: 'Poison',
        text: 'A message without a recipient.',
        createdAt: new Date().toISOString(),
      },
    }),
  );
  return id;
}

/** A change the webhook sender cannot deliver: no event type, and `keys` a string rather than a list. Returns its id. */
export async function writePoisonWebhookChange(db: Db, tenant: string): Promise<string> {
  const id = randomUUID();
  await db.client.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keysOf(db.entities.webhookChange, tenant, id),
        __edb_e__: 'webhookChange',
        __edb_v__: '1',
        tenant,
        id,
        types: ['supportResource'],
        keys: 'not-a-list',
        paths: [],
        occurredAt: new Date().toISOString(),
      },
    }),
  );
  return id;
}

/** A stream record for the search indexer whose key is not the search pointer's (a malformed key), in Lambda's shape. */
export function poisonSearchPointerRecord(sequenceNumber: string): DynamoDBRecord {
  return {
    eventID: randomUUID(),
    eventName: 'MODIFY',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-north-1',
    eventSourceARN: 'arn:aws:dynamodb:eu-north-1:000000000000:table/varna/stream/poison',
    dynamodb: {
      Keys: { pk: { S: '$varna#tenant_' }, sk: { S: 'not-a-pointer' } },
      SequenceNumber: sequenceNumber,
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      StreamViewType: 'KEYS_ONLY',
      SizeBytes: 40,
    },
  };
}
