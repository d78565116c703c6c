import type { DistrictItem } from '../../functions/data/entities/district.js';
import type { CoverageRow } from '../../functions/training/coverage.js';
import { inLanguage, optionLabels, text, type Text } from '../i18n/labels.js';
import type { ReportData } from './report-data.js';
import { words } from './words.js';

/**
 * The report's figures as the view, the print and the CSV show them: one set of rows, so that what the
 * coordinator reads on screen, prints and opens in Excel is the same and adds up the same.
 */
export interface FigureRow {
  /** A stable name of the row for tests and the page (`data-figure`), never shown. */
  key: string;
  label: Text;
  current: number;
  previous: number;
}

export interface FigureTable {
  name: string;
  title: Text;
  rows: FigureRow[];
  /** A last row that adds the others up (and equals the summary's figure where one is named). */
  total?: { current: number; previous: number };
  note?: Text;
}

const nameOf = (district: DistrictItem | null): Text =>
  district
    ? text(district.name.sv ?? district.key, district.name.en ?? district.name.sv ?? district.key)
    : words.noDistrict;

const option = (value: string): Text => optionLabels[value] ?? text(value, value);

/** Rows of a figure per district (or none) in both windows, matched by the district's key; a district's row stays when it is 0. */
function byDistrict(
  prefix: string,
  current: { district: DistrictItem | null; count: number }[],
  previous: { district: DistrictItem | null; count: number }[],
): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  const row = (district: DistrictItem | null) => {
    const key = `${prefix}.${district?.key ?? 'none'}`;
    const found = rows.get(key) ?? { key, label: nameOf(district), current: 0, previous: 0 };
    rows.set(key, found);
    return found;
  };
  for (const entry of current) row(entry.district).current += entry.count;
  for (const entry of previous) row(entry.district).previous += entry.count;
  // "No district" last, the districts in the read model's order (by name).
  const none = rows.get(`${prefix}.none`);
  rows.delete(`${prefix}.none`);
  return [...rows.values(), ...(none ? [none] : [])];
}

/** The figures of the chosen window beside the one before it. */
export function periodTables({ report, previousReport }: ReportData): FigureTable[] {
  const summary: [keyof typeof words & keyof typeof report, Text][] = [
    ['trainingsHeld', words.trainingsHeld],
    ['participantsTrained', words.participantsTrained],
    ['councilMeetingsHeld', words.councilMeetingsHeld],
    ['activitiesPublished', words.activitiesPublished],
    ['associationsApproved', words.associationsApproved],
  ];
  // Activities name one district or none: those without one (or with one since removed) make the rows add up.
  const activitiesWithDistrict = (model: typeof report) =>
    model.activitiesByDistrict.reduce((total, { count }) => total + count, 0);
  const activityDistricts = (model: typeof report) => [
    ...model.activitiesByDistrict,
    { district: null, count: model.activitiesPublished - activitiesWithDistrict(model) },
  ];
  const activityRows = byDistrict('activitiesByDistrict', activityDistricts(report), activityDistricts(previousReport));
  return [
    {
      name: 'summary',
      title: words.summary,
      rows: summary.map(([key, label]) => ({
        key,
        label,
        current: report[key] as number,
        previous: previousReport[key] as number,
      })),
    },
    {
      name: 'trainings-by-district',
      title: words.trainingsByDistrict,
      rows: byDistrict('trainingsByDistrict', report.trainingsByDistrict, previousReport.trainingsByDistrict),
      total: { current: report.trainingsHeld, previous: previousReport.trainingsHeld },
      note: words.trainingsByDistrictNote,
    },
    {
      name: 'activities-by-district',
      title: words.activitiesByDistrict,
      // The "none" row only when it is not 0 in either window.
      rows: activityRows.filter((row) => !row.key.endsWith('.none') || row.current || row.previous),
      total: { current: report.activitiesPublished, previous: previousReport.activitiesPublished },
    },
    {
      name: 'activities-by-target-group',
      title: words.activitiesByTargetGroup,
      rows: report.activitiesByTargetGroup.map(({ targetGroup, count }) => ({
        key: `activitiesByTargetGroup.${targetGroup}`,
        label: option(targetGroup),
        current: count,
        previous: previousReport.activitiesByTargetGroup.find((entry) => entry.targetGroup === targetGroup)?.count ?? 0,
      })),
      note: words.targetGroupNote,
    },
  ];
}

/** Today's state, apart from any window: the support resources per prevention level and those with stale details. */
export function todayRows({ report }: ReportData): { key: string; label: Text; count: number }[] {
  return [
    ...report.supportResourcesByPreventionLevel.map(({ preventionLevel, count }) => ({
      key: `supportResourcesByPreventionLevel.${preventionLevel}`,
      label: text(
        `${words.resources.sv}: ${option(preventionLevel).sv.toLowerCase()} nivå`,
        `${words.resources.en}: ${option(preventionLevel).en.toLowerCase()} level`,
      ),
      count,
    })),
    { key: 'staleSupportResources', label: words.staleSupportResources, count: report.staleSupportResources.length },
  ];
}

export interface CoverageFigure {
  department: Text;
  audience: Text;
  trained: number;
  target: number | null;
  /** trained / target; none without a target (or a target of 0). */
  share: number | null;
  previousTrained: number;
}

/**
 * The coverage rows of the window with the same row's figure of the window before (a row trained only then
 * is kept, at 0 now), their totals, and the people trained counted once, which the rows' total can exceed.
 */
export function coverageTable({ coverage, previousCoverage, report, previousReport }: ReportData) {
  const keyOf = (row: CoverageRow) => `${row.department.key}\u0000${row.audience}`;
  const previousOf = new Map(previousCoverage.map((row) => [keyOf(row), row.trained]));
  const known = new Set(coverage.map(keyOf));
  const departmentName = (row: CoverageRow) =>
    text(
      row.department.name.sv ?? row.department.key,
      row.department.name.en ?? row.department.name.sv ?? row.department.key,
    );
  const rows: CoverageFigure[] = [
    ...coverage,
    ...previousCoverage.filter((row) => !known.has(keyOf(row))).map((row) => ({ ...row, trained: 0 })),
  ].map((row) => ({
    department: departmentName(row),
    audience: option(row.audience),
    trained: row.trained,
    target: row.target,
    share: row.target ? row.trained / row.target : null,
    previousTrained: previousOf.get(keyOf(row)) ?? 0,
  }));
  const trained = rows.reduce((total, row) => total + row.trained, 0);
  const target = rows.reduce((total, row) => total + (row.target ?? 0), 0);
  return {
    rows,
    total: {
      trained,
      target,
      share: target ? trained / target : null,
      previousTrained: rows.reduce((total, row) => total + row.previousTrained, 0),
    },
    people: { current: report.participantsTrained, previous: previousReport.participantsTrained },
  };
}

/** A share as a percentage with one decimal, in the language's way ("12,5 %" in Swedish). */
export const percent = (share: number | null, language: string | undefined) =>
  share === null
    ? '–'
    : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(share);

/** A share as a plain number of per cent with a decimal comma ("12,5"), which Excel in Swedish reads as a number. */
export const percentForSpreadsheet = (share: number | null) =>
  share === null
    ? ''
    : new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(
        share * 100,
      );

/** "2025-01-01 – 2025-03-31" */
export const span = (window: { firstDay: string; lastDay: string }) => `${window.firstDay} – ${window.lastDay}`;

export const say = (message: Text, language: string | undefined) => inLanguage(message, language);
