import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import {
  BatchWriteItemCommand,
  DeleteTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  paginateScan,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { DEFAULT_REGION } from '../../defaults.js';
import { ensureTable } from '../dynamodb-local.js';

export type RawItem = Record<string, AttributeValue>;

export const localClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: DEFAULT_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** Every item of the table, as DynamoDB holds them (a consistent scan, page by page). */
export async function scanTable(client: DynamoDBClient, tableName: string): Promise<RawItem[]> {
  const items: RawItem[] = [];
  for await (const page of paginateScan({ client }, { TableName: tableName, ConsistentRead: true })) {
    items.push(...(page.Items ?? []));
  }
  return items;
}

/**
 * Binary attributes as DynamoDB's own export writes them (base64 text), so that a backup file is plain JSON
 * lines and reads back to the same bytes.
 */
const toJson = (value: AttributeValue): unknown => {
  if (value.B) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS) return { BS: value.BS.map((bytes) => Buffer.from(bytes).toString('base64')) };
  if (value.M) return { M: Object.fromEntries(Object.entries(value.M).map(([key, field]) => [key, toJson(field)])) };
  if (value.L) return { L: value.L.map(toJson) };
  return value;
};

const fromJson = (value: Record<string, unknown>): AttributeValue => {
  if (typeof value.B === 'string') return { B: Buffer.from(value.B, 'base64') };
  if (Array.isArray(value.BS)) return { BS: (value.BS as string[]).map((text) => Buffer.from(text, 'base64')) };
  if (value.M)
    return {
      M: Object.fromEntries(
        Object.entries(value.M as Record<string, Record<string, unknown>>).map(([key, field]) => [
          key,
          fromJson(field),
        ]),
      ),
    };
  if (Array.isArray(value.L)) return { L: (value.L as Record<string, unknown>[]).map(fromJson) };
  return value as unknown as AttributeValue;
};

/** Writes `items` to `file`, one `{"Item": …}` per line (DynamoDB JSON, the format of AWS's export to S3). */
export async function writeBackup(file: string, items: RawItem[]): Promise<void> {
  const out = createWriteStream(file, { mode: 0o600 });
  for (const item of items) {
    const line = `${JSON.stringify({ Item: (toJson({ M: item }) as { M: unknown }).M })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function readBackup(file: string): Promise<RawItem[]> {
  const items: RawItem[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const { Item } = JSON.parse(line) as { Item: Record<string, Record<string, unknown>> };
    items.push(fromJson({ M: Item }).M!);
  }
  return items;
}

/** Deletes the table (locally there is no deletion protection to turn off first). */
export async function deleteTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}

const BATCH = 25;

/**
 * A fresh table from the one definition (functions/data/table.ts) and the backup's items in it, 25 a batch,
 * writing again what DynamoDB left unprocessed until nothing is left.
 */
export async function restoreTable(
  client: DynamoDBClient,
  endpoint: string,
  tableName: string,
  items: RawItem[],
): Promise<void> {
  await ensureTable(endpoint, tableName);
  for (let start = 0; start < items.length; start += BATCH) {
    let requests = items.slice(start, start + BATCH).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const { UnprocessedItems } = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest ? [{ PutRequest: { Item: request.PutRequest.Item! } }] : [],
      );
      if (attempt > 20 && requests.length > 0)
        throw new Error(`Restoring the table left ${requests.length} item(s) unwritten after ${attempt} attempts`);
    }
  }
}
