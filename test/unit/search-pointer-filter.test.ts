import { describe, expect, it } from 'vitest';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { passesFilter } from '../../functions/local/table-stream.js';
import { searchPointerStreamFilter } from '../../functions/search/stream-filter.js';

/** Which stream records wake the search indexer: the keys ElectroDB writes, run through the filter the stack deploys. */
const db = createDb(
  createDocumentClient({ tableName: 'varna-filter', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9' }),
  'varna-filter',
);
const recordOf = (params: { Key?: Record<string, string>; Item?: Record<string, string> }) => {
  const key = params.Key ?? params.Item!;
  return { dynamodb: { Keys: { pk: { S: key.pk! }, sk: { S: key.sk! } } } };
};

describe('the search pointer stream filter', () => {
  const filter = searchPointerStreamFilter('botkyrka');
  const passes = (params: Parameters<typeof recordOf>[0]) => passesFilter(recordOf(params), filter);
  /** The write that raises a tenant's search pointer (after a change to its content). */
  const raiseOf = (tenant: string) => db.entities.searchVersion.update({ tenant }).add({ version: 1 }).params();

  it("passes a raise of the tenant's pointer", () => {
    expect(passes(raiseOf('botkyrka'))).toBe(true);
  });

  it("lets pass neither another tenant's pointer nor the indexer's own chunk writes nor content", () => {
    expect(passes(raiseOf('other'))).toBe(false);
    const chunk = db.entities.searchIndexChunk
      .put({ tenant: 'botkyrka', scope: 'public', locale: 'sv', version: 3, chunk: 0, chunks: 1, data: '' })
      .params();
    expect(passes(chunk)).toBe(false);
    const page = db.entities.page.get({ tenant: 'botkyrka', scope: 'public', key: 'om-varna' }).params();
    expect(passes(page)).toBe(false);
  });
});
