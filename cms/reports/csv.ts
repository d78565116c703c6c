import { stringify } from 'csv-stringify/sync';
import { coverageTable, percentForSpreadsheet, periodTables, span, todayRows } from './figures.js';
import type { ReportData } from './report-data.js';
import { words } from './words.js';

/**
 * The report and the coverage as CSV for spreadsheets, as Excel in Swedish settings opens them: semicolons,
 * a byte order mark, Swedish labels only, decimal commas. Dates stand in the column headings, never in a
 * column of counts; each table of the report is a block under its own heading row, its total last.
 */
const csv = (rows: (string | number | null)[][]) =>
  stringify(rows, { delimiter: ';', bom: true, record_delimiter: '\r\n' });

export function preventionReportCsv(data: ReportData): string {
  const columns = [`${words.thisPeriod.sv} ${span(data.window)}`, `${words.previousPeriod.sv} ${span(data.previous)}`];
  const rows: (string | number | null)[][] = [];
  for (const table of periodTables(data)) {
    if (rows.length) rows.push([]);
    rows.push([table.title.sv, ...columns]);
    for (const row of table.rows) rows.push([row.label.sv, row.current, row.previous]);
    if (table.total) rows.push([words.total.sv, table.total.current, table.total.previous]);
    if (table.note) rows.push([table.note.sv]);
  }
  rows.push([], [`${words.today.sv} ${data.today}`, words.count.sv]);
  for (const row of todayRows(data)) rows.push([row.label.sv, row.count]);
  rows.push([], [words.analysis.sv, data.analysis || words.noAnalysis.sv]);
  return csv(rows);
}

export function coverageCsv(data: ReportData): string {
  const { rows, total, people } = coverageTable(data);
  return csv([
    [
      words.department.sv,
      words.audience.sv,
      `${words.trained.sv} ${span(data.window)}`,
      words.target.sv,
      words.sharePercent.sv,
      `${words.trainedPrevious.sv} ${span(data.previous)}`,
    ],
    ...rows.map((row) => [
      row.department.sv,
      row.audience.sv,
      row.trained,
      row.target,
      percentForSpreadsheet(row.share),
      row.previousTrained,
    ]),
    [words.rowsTotal.sv, '', total.trained, total.target, percentForSpreadsheet(total.share), total.previousTrained],
    [words.peopleOnce.sv, '', people.current, '', '', people.previous],
    [words.coverageNote.sv],
  ]);
}
