import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTable } from '../functions/local/dynamodb-local.js';
import { openCms } from '../functions/local/restore-drill/cms-payload.js';
import { localSystem, seedLocalSystem, type LocalSystem } from '../functions/local/restore-drill/local-system.js';
import { printReport } from '../functions/local/restore-drill/report.js';
import { restoreDrill, type DrillReport } from '../functions/local/restore-drill/restore-drill.js';
import type { RawItem } from '../functions/local/restore-drill/table-backup.js';
import { itemName } from '../functions/local/restore-drill/table-snapshot.js';

/**
 * `npm run restore:drill` on a system of this file's own (a table in the run's DynamoDB Local, the CMS on a
 * temporary SQLite file), seeded as `npm run dev` seeds a first start.
 */
let system: LocalSystem;
let cms: Payload;

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `varna-test-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  system = await localSystem({ endpoint, tableName, dataDir: mkdtempSync(join(tmpdir(), 'varna-restore-drill-')) });
  cms = await openCms(system);
  // The editorial examples through the CMS, the register and registrations; not the dashboard's examples or
  // the trainings' history, which the drill treats alike (`npm run restore:drill` loads them).
  await seedLocalSystem(system, cms, { dashboardExamples: false, trainingHistory: false });
}, 300_000);

afterAll(async () => {
  await cms?.destroy();
});

const differencesByPart = (report: DrillReport) =>
  Object.fromEntries(report.parts.map(({ part, differences }) => [part, differences]));

const printed = (report: DrillReport) => {
  const lines: string[] = [];
  printReport(report, (line) => lines.push(line));
  return lines.join('\n');
};

describe('npm run restore:drill', () => {
  it('restores the register, training, read model, search index and CMS database item for item, with each step timed', async () => {
    const report = await restoreDrill(system, cms);
    expect(differencesByPart(report)).toEqual({
      register: [],
      training: [],
      announcements: [],
      other: [],
      readModel: [],
      documentGuards: [],
      search: [],
      cmsDatabase: [],
    });
    expect(report.ok).toBe(true);
    // Every part held something to lose: the example register, registrations, published documents, an index.
    for (const { part, before, after } of report.parts) {
      expect(before.count, part).toBeGreaterThan(0);
      // The rebuild announces what it republished: the restored announcements and its own.
      if (part === 'announcements') expect(after.count, part).toBeGreaterThan(before.count);
      else expect(after).toEqual(before);
    }
    // The rebuild had everything to write: the copies were gone with the table.
    expect(report.resync.republished.length).toBeGreaterThan(0);
    expect(report.steps.map(({ step }) => step)).toEqual([
      'figures before',
      '1 export',
      '2 destroy',
      '3 restore',
      '4a rebuild read model (cms:resync)',
      '4b rebuild search index',
      '5 figures after',
    ]);
    expect(printed(report)).toContain('Restore drill passed');
  }, 60_000);

  it('fails when a restore lost or changed an item, naming it: a registration dropped, an association and a page title changed', async () => {
    let dropped = '';
    let changed = '';
    const damage = (items: RawItem[]): RawItem[] => {
      const entityOf = (item: RawItem) => unmarshall(item).__edb_e__ as string;
      const registration = items.find((item) => entityOf(item) === 'trainingRegistration')!;
      const association = items.find((item) => entityOf(item) === 'association')!;
      dropped = itemName(unmarshall(registration));
      changed = itemName(unmarshall(association));
      return items
        .filter((item) => item !== registration)
        .map((item) => (item === association ? marshall({ ...unmarshall(item), name: 'Ändrad (exempel)' }) : item));
    };
    const renamePage = async (file: string) => {
      const client = createClient({ url: `file:${file}` });
      await client.execute(`UPDATE pages_locales SET title = 'Ändrad titel' WHERE id = 1`);
      client.close();
    };
    const report = await restoreDrill(system, cms, { table: damage, cmsDatabase: renamePage });
    expect(report.ok).toBe(false);
    const differences = differencesByPart(report);
    expect(differences.training).toEqual([`missing ${dropped}`]);
    expect(differences.register).toEqual([`changed ${changed}`]);
    expect(differences.cmsDatabase).toEqual(['changed pages_locales id=1']);
    // The changed title reached what was rebuilt from the CMS: the page's copies and its search documents.
    expect(differences.readModel).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^changed page .*public/),
        expect.stringMatching(/^changed page .*staff/),
      ]),
    );
    expect(differences.search!.length).toBeGreaterThan(0);
    expect(differences.other).toEqual([]);
    const output = printed(report);
    expect(output).toContain(`missing ${dropped}`);
    expect(output).toContain('Restore drill FAILED');
  }, 60_000);
});
