import { Service, type CreateEntityItem } from 'electrodb';
import { describe, expect, it } from 'vitest';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { tableKeys } from '../../functions/data/table.js';
import { ACTIVITY_RETENTION_DAYS } from '../../functions/data/entities/activity.js';

/** The single-table design: every entity lives in the one table, on the key fields the table declares. */
describe('the entities of the table', () => {
  const db = createDb(
    createDocumentClient({ tableName: 'varna-design', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9' }),
    'varna-design',
  );

  it('join into one ElectroDB service, so that fields shared by several entities are defined alike', () => {
    const service = new Service({ ...db.entities }, { table: 'varna-design' });
    expect(Object.keys(service.entities).sort()).toEqual(Object.keys(db.entities).sort());
  });

  it('use only the key fields and indexes the table declares', () => {
    const declared = new Map<string | undefined, [string, string]>([
      [undefined, [tableKeys.partitionKey, tableKeys.sortKey]],
      ...Object.entries(tableKeys.indexes).map(
        ([name, index]) => [name, [index.partitionKey, index.sortKey]] as [string, [string, string]],
      ),
    ]);
    let checked = 0;
    for (const entity of Object.values(db.entities)) {
      for (const index of Object.values(entity.schema.indexes) as {
        index?: string;
        pk: { field: string };
        sk: { field: string };
      }[]) {
        expect(declared.get(index.index), `${entity.schema.model.entity}: index ${index.index ?? 'table'}`).toEqual([
          index.pk.field,
          index.sk.field,
        ]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(Object.keys(db.entities).length);
  });
});

describe('past activities', () => {
  const db = createDb(
    createDocumentClient({ tableName: 'varna-design', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9' }),
    'varna-design',
  );

  it("expire through the table's TTL two years after they end, recomputed whenever the end changes", () => {
    const activity = {
      tenant: 't',
      id: 'a1',
      associationId: 'as1',
      title: 'Kväll',
      startsAt: '2026-03-01T17:00:00.000Z',
      endsAt: '2026-03-01T19:00:00.000Z',
      status: 'PUBLISHED' as const,
      createdAt: 'c',
      updatedAt: 'u',
    };
    const written = (item: CreateEntityItem<typeof db.entities.activity>) =>
      (db.entities.activity.put(item).params() as { Item: Record<string, unknown> }).Item;
    const twoYearsAfter = (iso: string) => Date.parse(iso) / 1000 + ACTIVITY_RETENTION_DAYS * 24 * 60 * 60;
    expect(tableKeys.timeToLiveAttribute).toBe('expiresAt');
    expect(written(activity).expiresAt).toBe(twoYearsAfter('2026-03-01T19:00:00.000Z'));
    expect(written({ ...activity, expiresAt: 1, endsAt: '2027-01-01T00:00:00.000Z' }).expiresAt).toBe(
      twoYearsAfter('2027-01-01T00:00:00.000Z'),
    );
  });
});
