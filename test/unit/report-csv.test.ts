import { describe, expect, it } from 'vitest';
import type { DepartmentItem } from '../../functions/data/entities/department.js';
import type { DistrictItem } from '../../functions/data/entities/district.js';
import type { CoverageRow } from '../../functions/training/coverage.js';
import type { PreventionReportModel } from '../../functions/training/report.js';
import { coverageCsv, preventionReportCsv } from '../../cms/reports/csv.js';
import type { ReportData } from '../../cms/reports/report-data.js';
import { previousWindow, reportWindow } from '../../cms/reports/window.js';
import { parseSwedishCsv } from '../support/csv.js';

/** The Reports view's CSV files as Excel in Swedish settings reads them: BOM, semicolons, Swedish words, decimal commas. */
const reference = { tenant: 'botkyrka', revision: 1, listOrder: '', updatedAt: '2025-01-01T00:00:00.000Z' };
const district = (key: string, name: string): DistrictItem => ({ ...reference, key, name: { sv: name } });
const [alby, tumba] = [district('alby', 'Alby'), district('tumba', 'Tumba')];
const department = (key: string, name: string): DepartmentItem => ({
  ...reference,
  key,
  name: { sv: name },
  trainingTargets: [],
});
const social = department('socialforvaltningen', 'Socialförvaltningen');
const school = department('utbildningsforvaltningen', 'Utbildningsförvaltningen');

const model = (overrides: Partial<PreventionReportModel>): PreventionReportModel => ({
  from: '',
  to: '',
  trainingsHeld: 0,
  participantsTrained: 0,
  councilMeetingsHeld: 0,
  activitiesPublished: 0,
  activitiesByDistrict: [
    { district: alby, count: 0 },
    { district: tumba, count: 0 },
  ],
  trainingsByDistrict: [
    { district: alby, count: 0 },
    { district: tumba, count: 0 },
  ],
  activitiesByTargetGroup: [],
  supportResourcesByPreventionLevel: [],
  associationsApproved: 0,
  staleSupportResources: [],
  ...overrides,
});

const window = reportWindow('custom', new Date('2025-05-01T00:00:00Z'), { from: '2025-01-01', to: '2025-03-31' });
const coverage: CoverageRow[] = [
  { department: social, audience: 'FIRST_LINE_STAFF', trained: 3, target: 8 },
  { department: social, audience: 'MANAGERS', trained: 1, target: null },
  { department: school, audience: 'FIRST_LINE_STAFF', trained: 1, target: 3 },
];
const data: ReportData = {
  window,
  previous: previousWindow(window),
  report: model({
    trainingsHeld: 3,
    participantsTrained: 4,
    activitiesPublished: 5,
    activitiesByDistrict: [
      { district: alby, count: 3 },
      { district: tumba, count: 1 },
    ],
    trainingsByDistrict: [
      { district: alby, count: 1 },
      { district: tumba, count: 1 },
      { district: null, count: 1 },
    ],
    activitiesByTargetGroup: [{ targetGroup: 'YOUTH', count: 4 }],
    supportResourcesByPreventionLevel: [{ preventionLevel: 'GENERAL', count: 2 }],
  }),
  previousReport: model({
    trainingsHeld: 1,
    participantsTrained: 2,
    trainingsByDistrict: [{ district: tumba, count: 1 }],
  }),
  coverage,
  previousCoverage: [{ department: social, audience: 'FIRST_LINE_STAFF', trained: 2, target: 8 }],
  trainingsByMonth: [],
  analysis: 'Fler utbildade än förra kvartalet; "Alby" ökar.\nNästa steg: skolorna.',
  today: '2025-05-01',
};

const parse = (text: string) => parseSwedishCsv(text);

const machineWords = /[a-z][A-Z]|\b[A-Z]+_[A-Z_]+\b/;

describe('the report CSV', () => {
  const text = preventionReportCsv(data);
  const rows = parse(text.slice(1));

  it('opens in Swedish Excel: BOM, semicolons, Swedish labels and the periods in the headings only', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toEqual([
      'Sammanfattning',
      'Perioden 2025-01-01 – 2025-03-31',
      'Föregående period 2024-10-01 – 2024-12-31',
    ]);
    for (const row of rows) {
      expect(row[0], row.join(';')).not.toMatch(machineWords);
      // A count column holds counts.
      if (row.length === 3 && !/period/i.test(row[1]!))
        expect(
          row.slice(1).every((cell) => /^\d+$/.test(cell)),
          row.join(';'),
        ).toBe(true);
    }
  });

  it('puts the previous period beside each figure, and the trainings per district add up to the trainings held', () => {
    const at = (label: string, from = 0) => rows.slice(from).find((row) => row[0] === label);
    expect(at('Genomförda utbildningar')).toEqual(['Genomförda utbildningar', '3', '1']);
    expect(at('Utbildade personer')).toEqual(['Utbildade personer', '4', '2']);
    const start = rows.findIndex((row) => row[0] === 'Utbildningar per kommundel');
    expect(rows.slice(start + 1, start + 5)).toEqual([
      ['Alby', '1', '0'],
      ['Tumba', '1', '1'],
      ['Ingen kommundel angiven', '1', '0'],
      ['Summa', '3', '1'],
    ]);
    // Activities without a district make theirs add up to the activities published.
    const activities = rows.findIndex((row) => row[0] === 'Aktiviteter per kommundel');
    expect(rows.slice(activities + 1, activities + 5)).toEqual([
      ['Alby', '3', '0'],
      ['Tumba', '1', '0'],
      ['Ingen kommundel angiven', '1', '0'],
      ['Summa', '5', '0'],
    ]);
    expect(at('Aktiviteter per målgrupp')).toBeDefined();
    expect(at('Ungdomar')).toEqual(['Ungdomar', '4', '0']);
  });

  it("keeps today's state apart from the period, and carries the analysis with its quotes and line breaks", () => {
    expect(rows).toContainEqual(['Dagens läge 2025-05-01', 'Antal']);
    expect(rows).toContainEqual(['Stödinsatser: generell nivå', '2']);
    expect(rows).toContainEqual(['Stödinsatser med inaktuella uppgifter', '0']);
    expect(rows.at(-1)).toEqual(['Analys', data.analysis]);
  });
});

describe('the coverage CSV', () => {
  const rows = parse(coverageCsv(data).slice(1));

  it('names departments and audiences in Swedish, gives the share of target with a decimal comma and the previous period', () => {
    expect(rows[0]).toEqual([
      'Förvaltning',
      'Målgrupp',
      'Utbildade 2025-01-01 – 2025-03-31',
      'Mål',
      'Andel av mål (%)',
      'Utbildade föregående period 2024-10-01 – 2024-12-31',
    ]);
    expect(rows.slice(1, 4)).toEqual([
      ['Socialförvaltningen', 'Förstalinjepersonal', '3', '8', '37,5', '2'],
      ['Socialförvaltningen', 'Chefer', '1', '', '', '0'],
      ['Utbildningsförvaltningen', 'Förstalinjepersonal', '1', '3', '33,3', '0'],
    ]);
    for (const row of rows) expect(row.join(';')).not.toMatch(machineWords);
  });

  it('adds the rows up, gives the people trained counted once beside them, and says why they differ', () => {
    expect(rows[4]).toEqual(['Summa av raderna', '', '5', '11', '45,5', '2']);
    expect(rows[5]).toEqual(['Utbildade personer, var och en en gång', '', '4', '', '', '2']);
    expect(rows[6]![0]).toMatch(/^En person räknas en gång per förvaltning och målgrupp/);
  });
});
