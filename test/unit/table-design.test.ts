import { Service } from 'electrodb';
import { describe, expect, it } from 'vitest';
import { createDb, createDocumentClient } from '../../functions/data/db.js';
import { tableKeys } from '../../functions/data/table.js';

/** The single-table design: every entity lives in the one table, on the key fields the table declares. */
describe('the entities of the table', () => {
  const db = createDb(createDocumentClient({ tableName: 'varna-design', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9' }), 'varna-design');

  it('join into one ElectroDB service, so that fields shared by several entities are defined alike', () => {
    const service = new Service({ ...db.entities }, { table: 'varna-design' });
    expect(Object.keys(service.entities).sort()).toEqual(Object.keys(db.entities).sort());
  });

  it('use only the key fields and indexes the table declares', () => {
    const declared = new Map<string | undefined, [string, string]>([
      [undefined, [tableKeys.partitionKey, tableKeys.sortKey]],
      ...Object.entries(tableKeys.indexes).map(([name, index]) => [name, [index.partitionKey, index.sortKey]] as [string, [string, string]]),
    ]);
    let checked = 0;
    for (const entity of Object.values(db.entities)) {
      for (const index of Object.values(entity.schema.indexes) as { index?: string; pk: { field: string }; sk: { field: string } }[]) {
        expect(declared.get(index.index), `${entity.schema.model.entity}: index ${index.index ?? 'table'}`).toEqual([index.pk.field, index.sk.field]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(Object.keys(db.entities).length);
  });
});
