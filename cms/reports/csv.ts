import { stringify } from 'csv-stringify/sync';
import { optionLabels } from '../i18n/labels.js';
import type { ReportData } from './report-data.js';
import type { ReportWindow } from './window.js';
import { words } from './words.js';

/**
 * The report and the coverage as CSV for spreadsheets: semicolon-separated with a byte order mark, as
 * Excel in Swedish settings opens it. The first column is the API's name of each figure, so that a
 * figure can be checked against `preventionReport` / `trainingCoverage`.
 */
const csv = (rows: (string | number | null)[][]) =>
  stringify(rows, { delimiter: ';', bom: true, record_delimiter: '\r\n' });

const label = (value: string) => optionLabels[value]?.sv ?? value;

export function preventionReportCsv(
  { report }: ReportData,
  window: Pick<ReportWindow, 'firstDay' | 'lastDay'>,
): string {
  const rows: (string | number | null)[][] = [
    ['mått', 'benämning', 'antal'],
    ['from', words.from.sv, window.firstDay],
    ['to', words.to.sv, window.lastDay],
    ['trainingsHeld', words.trainingsHeld.sv, report.trainingsHeld],
    ['participantsTrained', words.participantsTrained.sv, report.participantsTrained],
    ['councilMeetingsHeld', words.councilMeetingsHeld.sv, report.councilMeetingsHeld],
    ['activitiesPublished', words.activitiesPublished.sv, report.activitiesPublished],
    ['associationsApproved', words.associationsApproved.sv, report.associationsApproved],
    ...report.activitiesByDistrict.map(({ district, count }) => [
      `activitiesByDistrict.${district.key}`,
      `${words.activities.sv}: ${district.name.sv ?? district.key}`,
      count,
    ]),
    ...report.activitiesByTargetGroup.map(({ targetGroup, count }) => [
      `activitiesByTargetGroup.${targetGroup}`,
      `${words.activities.sv}: ${label(targetGroup)}`,
      count,
    ]),
    ...report.supportResourcesByPreventionLevel.map(({ preventionLevel, count }) => [
      `supportResourcesByPreventionLevel.${preventionLevel}`,
      `${words.resources.sv}: ${label(preventionLevel)}`,
      count,
    ]),
    ['staleSupportResources', words.staleSupportResources.sv, report.staleSupportResources.length],
  ];
  return csv(rows);
}

export function coverageCsv({ coverage }: ReportData): string {
  return csv([
    ['förvaltning', 'förvaltningens namn', 'målgrupp', 'utbildade', 'mål'],
    ...coverage.map((row) => [
      row.department.key,
      row.department.name.sv ?? row.department.key,
      row.audience,
      row.trained,
      row.target,
    ]),
  ]);
}
