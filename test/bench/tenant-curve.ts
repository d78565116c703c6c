import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../functions/config.js';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { tableKeys } from '../../functions/data/table.js';
import { apiGatewayEvent, lambdaContext } from '../../functions/local/api-gateway-event.js';
import { signDevToken, type DevIssuerKeys } from '../../functions/local/dev-issuer.js';
import { ensureTable } from '../../functions/local/dynamodb-local.js';
import { loadSampleContent } from '../../functions/local/sample-content.js';
import { documentsOf, exampleContent } from '../../functions/read-model/fixture.js';
import { publish } from '../../functions/read-model/publish.js';
import { searchContentChanged } from '../../functions/search/version.js';
import { rebuildSearchIndexes } from '../../functions/search/indexer.js';
import { createApiHandler } from '../../functions/server/api.js';
import type { CallCounter } from './dynamo-call-counter.js';
import type { WarmRead } from './warm-path.js';

/** One read's cost with `tenants` municipalities of Botkyrka's size in the table, for the last of them. */
export interface TenantReadFigure {
  name: string;
  calls: number;
  /** The read request units those calls consumed (DynamoDB Local's figure: what on-demand DynamoDB bills). */
  readUnits: number;
  medianMs: number;
}

export interface TenantCurvePoint {
  tenants: number;
  reads: TenantReadFigure[];
  /** A publish in the measured municipality until its search index is rebuilt (the indexer's work for one change). */
  indexBuildMs: number;
  /** Its first search (building the instance's index from the stored one) and a warm one's median. */
  searchColdMs: number;
  searchWarmMs: number;
  /** A query asked for the first time on the warm instance: its time and DynamoDB calls. */
  searchFirstAskedMs: number;
  searchCalls: number;
  searchReadUnits: number;
  /** The table's items and bytes per municipality (DynamoDB's item size: names and values). */
  itemsPerTenant: number;
  bytesPerTenant: number;
  /** As DynamoDB bills storage: 100 bytes more per item, and again for each global index that holds it (all projected). */
  billedBytesPerTenant: number;
  /** Write request units (1 KB each) of the measured municipality's current search index chunks: one rebuild's writes. */
  indexWriteUnits: number;
}

const RUNS = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** DynamoDB's size of an item as it bills it, near enough: every attribute's name and value. */
function itemBytes(value: unknown): number {
  if (value && typeof value === 'object') {
    const [type, inner] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    if (type === 'S' || type === 'N') return Buffer.byteLength(String(inner));
    if (type === 'BOOL' || type === 'NULL') return 1;
    if (type === 'L') return 3 + (inner as unknown[]).reduce<number>((sum, item) => sum + 1 + itemBytes(item), 0);
    if (type === 'M')
      return (
        3 +
        Object.entries(inner as Record<string, unknown>).reduce(
          (sum, [name, item]) => sum + 1 + Buffer.byteLength(name) + itemBytes(item),
          0,
        )
      );
    if (type === 'SS' || type === 'NS')
      return (inner as string[]).reduce((sum, item) => sum + Buffer.byteLength(item), 0);
  }
  return 0;
}

/**
 * The cost curve of municipalities (issue 32): for 1, 3 and 30 municipalities of Botkyrka's size in one table
 * (each with the example content, the register and the training history), the DynamoDB calls and the median time
 * of every contract read for one of them, its search's cold and warm times, the index build after a publish, and
 * the stored bytes. Every key carries the municipality, so none of it may grow with their number.
 */
export async function measureTenantCurve(options: {
  counter: CallCounter;
  environment: Record<string, string>;
  keys: DevIssuerKeys;
  reads: WarmRead[];
  sizes: number[];
  now: Date;
}): Promise<TenantCurvePoint[]> {
  // Every table first, then each read alternating between them: the same machine moments and the same warm code.
  const tables = [];
  for (const tenants of options.sizes) {
    const tableName = `varna-bench-tenants-${tenants}`;
    await ensureTable(options.counter.endpoint, tableName);
    const config = loadConfig({ ...options.environment, VARNA_TABLE_NAME: tableName });
    const db = createDb(createDocumentClient(config.dynamo), tableName);
    const slugs = Array.from({ length: tenants }, (_, index) => (index === 0 ? config.tenant : `kommun-${index + 1}`));
    for (const slug of slugs) {
      await loadSampleContent(db, slug, options.now, config.cursorSecret);
      if (slug !== config.tenant)
        await db.entities.municipality
          .put({ slug, name: slug, kind: 'MUNICIPALITY', origins: [], createdAt: options.now.toISOString() })
          .go();
    }
    // The last municipality: the one a new partition is least likely to favour.
    const measured = slugs.at(-1)!;
    tables.push({ tenants, tableName, config, db, measured, handler: createApiHandler(config) });
  }
  type Table = (typeof tables)[number];
  const ask = async (table: Table, read: WarmRead, token: string | undefined, handler = table.handler) => {
    const result = await handler(
      apiGatewayEvent({
        method: 'POST',
        rawQueryString: token || table.measured === table.config.tenant ? '' : `municipality=${table.measured}`,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: read.source, variables: read.variables }),
      }),
      lambdaContext('bench-tenants'),
    );
    const answer = JSON.parse(result.body ?? '{}') as { errors?: unknown };
    if (answer.errors)
      throw new Error(`${read.name} with ${table.tenants} municipalities: ${JSON.stringify(answer.errors)}`);
  };
  const tokenFor = (table: Table, read: WarmRead) =>
    read.token === undefined
      ? undefined
      : signDevToken(options.keys, {
          ...tokenRole(read),
          // The example register's association account, which owns an association in every municipality.
          sub: read.name === 'MyAssociation' ? 'account-fittja-dialog' : `bench-${read.name}`,
          ...(table.measured === table.config.tenant ? {} : { municipality: table.measured }),
        });
  const figures = new Map<number, TenantReadFigure[]>(tables.map((table) => [table.tenants, []]));
  for (const read of options.reads) {
    const tokens = await Promise.all(tables.map((table) => tokenFor(table, read)));
    const times = tables.map(() => [] as number[]);
    const calls: number[] = [];
    const readUnits: number[] = [];
    for (const [index, table] of tables.entries()) {
      await ask(table, read, tokens[index]);
      options.counter.reset();
      options.counter.countReadUnits = true;
      await ask(table, read, tokens[index]);
      options.counter.countReadUnits = false;
      calls.push(options.counter.calls.length);
      readUnits.push(options.counter.readUnits);
    }
    for (let run = 0; run < RUNS; run++)
      for (const [index, table] of tables.entries()) {
        const started = performance.now();
        await ask(table, read, tokens[index]);
        times[index]!.push(performance.now() - started);
      }
    tables.forEach((table, index) =>
      figures.get(table.tenants)!.push({
        name: read.name,
        calls: calls[index]!,
        readUnits: readUnits[index]!,
        medianMs: median(times[index]!),
      }),
    );
  }
  const search: WarmRead = {
    name: 'Search',
    source: 'query Search($query: String!) { search(query: $query) { edges { node { __typename } } } }',
    variables: { query: 'oroliga föräldrar' },
    token: undefined,
  };
  const example = documentsOf(exampleContent(options.now), Date.now()).published.find(
    (document) => document.type === 'supportResource',
  )!;
  const points: TenantCurvePoint[] = [];
  for (const table of tables) {
    const { db, measured, tenants, tableName } = table;
    // A publish in the measured municipality, then its indexer's rebuild (what the stream would start).
    const published = performance.now();
    await publish(db, measured, {
      ...example,
      key: 'bench-ny-resurs',
      revision: Date.now(),
      title: { sv: 'Nytt stöd för oroliga föräldrar' },
    });
    await searchContentChanged(db, measured);
    await rebuildSearchIndexes(db, measured, new Date());
    const indexBuildMs = performance.now() - published;
    // A fresh instance's first search loads the stored index; the rest hit the instance's own.
    const coldStarted = performance.now();
    await ask(table, search, undefined, createApiHandler(table.config));
    const searchColdMs = performance.now() - coldStarted;
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await ask(table, search, undefined);
      warm.push(performance.now() - started);
    }
    // A query this instance has not answered yet (no remembered answer): what a search's long tail costs.
    const firstAsked = performance.now();
    await ask(table, { ...search, variables: { query: 'stöd anhöriga' } }, undefined);
    const searchFirstAskedMs = performance.now() - firstAsked;
    // Again with another new query, counted (the count's own work kept out of the time above).
    options.counter.reset();
    options.counter.countReadUnits = true;
    await ask(table, { ...search, variables: { query: 'föreningar ungdom' } }, undefined);
    options.counter.countReadUnits = false;
    const searchCalls = options.counter.calls.length;
    const searchReadUnits = options.counter.readUnits;
    let items = 0;
    let bytes = 0;
    let billedBytes = 0;
    let indexWriteUnits = 0;
    let exclusiveStartKey: Record<string, any> | undefined;
    do {
      const page = await db.client.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: exclusiveStartKey }),
      );
      for (const item of page.Items ?? []) {
        items++;
        const size = Object.entries(item).reduce(
          (sum, [name, value]) => sum + Buffer.byteLength(name) + itemBytes(value),
          0,
        );
        bytes += size;
        const indexCopies = Object.values(tableKeys.indexes).filter((index) => index.partitionKey in item).length;
        billedBytes += (size + 100) * (1 + indexCopies);
        if (item.__edb_e__?.S === 'searchIndexChunk' && item.tenant?.S === measured && !('expiresAt' in item))
          indexWriteUnits += Math.ceil(size / 1024);
      }
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey);
    points.push({
      tenants,
      reads: figures.get(tenants)!,
      indexBuildMs,
      searchColdMs,
      searchWarmMs: median(warm),
      searchFirstAskedMs,
      searchCalls,
      searchReadUnits,
      itemsPerTenant: items / tenants,
      bytesPerTenant: bytes / tenants,
      billedBytesPerTenant: billedBytes / tenants,
      indexWriteUnits,
    });
  }
  return points;
}

/** The token's role for a read, as the bench's main table gives it. */
function tokenRole(read: WarmRead): { role: string } {
  if (read.name === 'ModerationQueue') return { role: 'moderator' };
  if (read.name === 'MyAssociation') return { role: 'association' };
  return { role: 'staff' };
}
