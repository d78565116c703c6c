import { describe, expect, it } from 'vitest';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { passesFilter } from '../../functions/local/table-stream.js';
import { searchPointerStreamFilter } from '../../functions/search/stream-filter.js';
import { itemOfRecord } from '../../functions/tenancy/record-tenant.js';

/**
 * Which stream records wake the search indexer: the keys ElectroDB writes, run through the filter the stack deploys;
 * and how a stream consumer reads the municipality back from a record's keys.
 */
const db = createDb(
  createDocumentClient({ tableName: 'varna-filter', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9' }),
  'varna-filter',
);
const recordOf = (params: { Key?: Record<string, string>; Item?: Record<string, string> }) => {
  const key = params.Key ?? params.Item!;
  return { dynamodb: { Keys: { pk: { S: key.pk! }, sk: { S: key.sk! } } } };
};

describe('the search pointer stream filter', () => {
  const filter = searchPointerStreamFilter();
  const passes = (params: Parameters<typeof recordOf>[0]) => passesFilter(recordOf(params), filter);
  /** The write that raises a municipality's search pointer (after a change to its content). */
  const raiseOf = (tenant: string) => db.entities.searchVersion.update({ tenant }).add({ version: 1 }).params();

  it("passes a raise of any municipality's pointer, one never heard of before included", () => {
    expect(passes(raiseOf('botkyrka'))).toBe(true);
    expect(passes(raiseOf('huddinge'))).toBe(true);
    expect(passes(raiseOf('nykommun-2027'))).toBe(true);
  });

  it("lets pass neither the indexer's own chunk writes nor content nor a municipality's other items", () => {
    const district = db.entities.district.get({ tenant: 'huddinge', key: 'sjodalen' }).params();
    expect(passes(district)).toBe(false);
    const registry = db.entities.municipality.get({ slug: 'huddinge' }).params();
    expect(passes(registry)).toBe(false);
    const chunk = db.entities.searchIndexChunk
      .put({ tenant: 'botkyrka', scope: 'public', locale: 'sv', version: 3, chunk: 0, chunks: 1, data: '' })
      .params();
    expect(passes(chunk)).toBe(false);
    const page = db.entities.page.get({ tenant: 'botkyrka', scope: 'public', key: 'om-varna' }).params();
    expect(passes(page)).toBe(false);
  });
});

describe("a stream record's municipality, read back from its keys", () => {
  const pointers = db.conversions.searchVersion.byAccessPattern.byTenant;
  const messages = db.conversions.notification.byAccessPattern.byId;
  const keys = (pk: string, sk: string) => ({ dynamodb: { Keys: { pk: { S: pk }, sk: { S: sk } } } });
  const pointerKeys = (tenant: string) => db.entities.searchVersion.get({ tenant }).params().Key;

  it('is the municipality whose pointer or outbox message the keys name, one created at run time too', () => {
    expect(itemOfRecord(recordOf(db.entities.searchVersion.get({ tenant: 'huddinge' }).params()), pointers)).toEqual({
      tenant: 'huddinge',
    });
    const message = db.entities.notification.get({ tenant: 'nykommun-2027', id: 'training-registered:abc_d' }).params();
    expect(itemOfRecord<{ tenant: string; id: string }>(recordOf(message), messages)).toEqual({
      tenant: 'nykommun-2027',
      id: 'training-registered:abc_d',
    });
  });

  it('is none for keys that only pass the filter: no tenant, a tenant that is no slug, another entity, keys that do not read back', () => {
    const { pk, sk } = pointerKeys('botkyrka');
    const prefix = pk.slice(0, -'botkyrka'.length);
    expect(itemOfRecord(keys(prefix, sk), pointers)).toBeUndefined();
    expect(itemOfRecord(keys(`${prefix}Botkyrka kommun`, sk), pointers)).toBeUndefined();
    expect(itemOfRecord(keys(`${prefix}botkyrka#id_x`, sk), pointers)).toBeUndefined();
    expect(itemOfRecord(keys(pk, 'not-a-pointer'), pointers)).toBeUndefined();
    expect(itemOfRecord(keys(pk, sk), messages)).toBeUndefined();
    expect(itemOfRecord({ dynamodb: { Keys: { pk: { S: pk } } } }, pointers)).toBeUndefined();
  });
});
