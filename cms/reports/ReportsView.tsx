import type { AdminViewServerProps } from 'payload';
import React from 'react';
import { adminViewFrame } from '../admin-view.js';
import { canReadReports } from '../access/can-read-reports.js';
import { ANALYSIS_MAX_LENGTH } from '../collections/report-analyses.js';
import { inLanguage, type Text } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';
import { AnalysisForm } from './AnalysisForm.js';
import { PrintButton } from './PrintButton.js';
import { ReportChart, ReportCharts, type ChartSeries } from './ReportCharts.js';
import { coverageTable, percent, periodTables, span, todayRows, type FigureTable } from './figures.js';
import { reportData } from './report-data.js';
import { periods, reportWindow } from './window.js';
import { words } from './words.js';

// Bars at 3:1 or more against the white background (WCAG 1.4.11); the legend's words are in the text colour.
const colors = { trained: '#1a6e3c', target: '#4f74a0', count: '#2b5d8a', previous: '#6b6b6b' };

/**
 * Print (and "Save as PDF"): the report alone on A4, without the admin's navigation, header, the period form
 * and the buttons; charts scaled to the page's width (their SVG keeps its proportions), sections unbroken.
 */
const printStyles = `
[data-print-only] { display: none; }
[data-report] table { border-collapse: collapse; margin: 8px 0 4px; }
[data-report] th, [data-report] td { padding: 4px 12px 4px 0; text-align: left; vertical-align: top; }
[data-report] td[data-number], [data-report] th[data-number] { text-align: right; }
[data-report] tr[data-total] > * { border-top: 1px solid var(--theme-elevation-400); font-weight: 600; }
@media print {
  @page { size: A4; margin: 14mm; }
  .nav, .app-header, .template-default__nav-toggler-wrapper, [data-screen-only] { display: none !important; }
  [data-print-only] { display: block !important; }
  .template-default, .template-default__wrap, [data-admin-view], [data-admin-view] .gutter {
    display: block !important; padding: 0 !important; margin: 0 !important; min-width: 0 !important; width: auto !important;
  }
  html, body { background: #fff !important; color: #000 !important; }
  [data-admin-view] h1 { font-size: 18pt; margin: 0 0 8pt; }
  [data-admin-view] h2 { font-size: 13pt; margin: 12pt 0 4pt; }
  [data-report] { font-size: 10pt; }
  [data-report-section], [data-report] figure, [data-report] table { break-inside: avoid; }
  [data-report-charts] { display: block !important; }
  /* Widths only: a chart's box keeps its height (recharts draws nothing in a box of no height). */
  [data-report] .recharts-responsive-container, [data-report] .recharts-wrapper { max-width: 100% !important; }
  [data-report] svg.recharts-surface { max-width: 100%; }
}
`;

/**
 * The Reports view: the prevention report for BRÅ and the competence plan's coverage for a window the
 * coordinator picks (this quarter, last quarter, this year, own dates) beside the window before it, the
 * support resources as they are today, the coordinator's analysis; as tables, charts, CSV and a print
 * (PDF) of the same figures.
 */
export async function ReportsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const language = req.i18n?.language;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  const t = (message: Text) => inLanguage(message, language);
  const template = adminViewFrame({ initPageResult, params, searchParams }, say('heading'));
  if (!canReadReports(req.user)) return template(<p>{say('onlyCoordinators')}</p>);

  const query = (searchParams ?? {}) as Record<string, string | undefined>;
  const window = reportWindow(query.period, new Date(), { from: query.from, to: query.to });
  const data = await reportData(req, window);
  const { report } = data;
  const queryString = new URLSearchParams({
    period: window.period,
    from: window.firstDay,
    to: window.lastDay,
  }).toString();
  const thisPeriod = `${say('thisPeriod')} ${span(window)}`;
  const previousPeriod = `${say('previousPeriod')} ${span(data.previous)}`;
  const coverage = coverageTable(data);
  const today = todayRows(data);

  /** A table of figures for the window and the one before; its chart (both series) beside it. */
  const figureTable = (table: FigureTable, rowHeading: string, chart: boolean) => (
    <section key={table.name} data-report-section={table.name}>
      <table data-report-table={table.name}>
        <caption style={{ textAlign: 'left', fontWeight: 600, fontSize: '1.1em' }}>{t(table.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col" data-number>
              {thisPeriod}
            </th>
            <th scope="col" data-number>
              {previousPeriod}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ fontWeight: 'normal' }}>
                {t(row.label)}
              </th>
              <td data-number data-figure={row.key}>
                {row.current}
              </td>
              <td data-number data-previous-figure={row.key}>
                {row.previous}
              </td>
            </tr>
          ))}
          {table.total ? (
            <tr data-total>
              <th scope="row">{say('total')}</th>
              <td data-number>{table.total.current}</td>
              <td data-number>{table.total.previous}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {table.note ? <p style={{ margin: '0 0 8px', maxWidth: 720 }}>{t(table.note)}</p> : null}
      {chart ? (
        <ReportChart
          chart={{
            name: table.name,
            title: t(table.title),
            rowHeading,
            tableElsewhere: true,
            rows: table.rows.map((row) => ({ label: t(row.label), current: row.current, previous: row.previous })),
            series: [
              { key: 'current', label: thisPeriod, color: colors.count },
              { key: 'previous', label: previousPeriod, color: colors.previous },
            ],
          }}
        />
      ) : null}
    </section>
  );

  const [summary, ...breakdowns] = periodTables(data);
  const rowHeadings: Record<string, string> = {
    'trainings-by-district': say('district'),
    'activities-by-district': say('district'),
    'activities-by-target-group': say('targetGroup'),
  };
  const charts: ChartSeries[] = [
    {
      name: 'coverage',
      title: say('coverageChart'),
      rowHeading: say('departmentAndAudience'),
      horizontal: true,
      tableElsewhere: true,
      rows: coverage.rows.map((row) => ({
        label: `${t(row.department)} – ${t(row.audience)}`,
        trained: row.trained,
        target: row.target ?? 0,
      })),
      series: [
        { key: 'trained', label: say('trained'), color: colors.trained },
        { key: 'target', label: say('target'), color: colors.target },
      ],
    },
    {
      name: 'trainings-over-time',
      title: say('timeChart'),
      rowHeading: say('month'),
      rows: data.trainingsByMonth.map(({ month, trainings }) => ({ label: month, count: trainings })),
      series: [{ key: 'count', label: say('trainings'), color: colors.trained }],
    },
  ];
  return template(
    <div data-report>
      <style>{printStyles}</style>
      <p>{say('intro')}</p>
      <form
        method="get"
        action="/admin/reports"
        data-screen-only
        style={{ display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap', margin: '16px 0 24px' }}
      >
        <label>
          {say('period')}
          <br />
          <select name="period" defaultValue={window.period}>
            {periods.map((period) => (
              <option key={period} value={period}>
                {say(period)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {say('from')}
          <br />
          <input type="date" name="from" defaultValue={window.firstDay} />
        </label>
        <label>
          {say('to')}
          <br />
          <input type="date" name="to" defaultValue={window.lastDay} />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
          {say('show')}
        </button>
      </form>
      <p data-screen-only style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
        <PrintButton label={say('print')} />
        <a href={`/api/reports/prevention.csv?${queryString}`} download>
          {say('downloadReport')}
        </a>
        <a href={`/api/reports/coverage.csv?${queryString}`} download>
          {say('downloadCoverage')}
        </a>
      </p>

      <h2>
        {say('summary')}: {span(window)}
      </h2>
      <p>
        {say('previousPeriod')}: {span(data.previous)}
      </p>
      {figureTable(summary!, say('figure'), false)}

      <section data-report-section="analysis">
        <h2>{say('analysis')}</h2>
        <AnalysisForm
          from={window.firstDay}
          to={window.lastDay}
          analysis={data.analysis}
          maxLength={ANALYSIS_MAX_LENGTH}
          say={{
            label: `${say('analysis')} ${span(window)}`,
            help: say('analysisHelp'),
            save: say('saveAnalysis'),
            saved: say('analysisSaved'),
            notSaved: say('analysisNotSaved'),
          }}
        />
        <div data-print-only data-analysis-text style={{ whiteSpace: 'pre-wrap', maxWidth: 720 }}>
          {data.analysis || say('noAnalysis')}
        </div>
      </section>

      {breakdowns.map((table) => figureTable(table, rowHeadings[table.name] ?? say('figure'), true))}

      <section data-report-section="coverage">
        <table data-report-table="coverage">
          <caption style={{ textAlign: 'left', fontWeight: 600, fontSize: '1.1em' }}>{say('coverage')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('department')}</th>
              <th scope="col">{say('audience')}</th>
              <th scope="col" data-number>
                {say('trained')}
              </th>
              <th scope="col" data-number>
                {say('target')}
              </th>
              <th scope="col" data-number>
                {say('share')}
              </th>
              <th scope="col" data-number>
                {say('trainedPrevious')}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={`${t(row.department)}-${t(row.audience)}`}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {t(row.department)}
                </th>
                <td>{t(row.audience)}</td>
                <td data-number>{row.trained}</td>
                <td data-number>{row.target ?? '–'}</td>
                <td data-number>{percent(row.share, language)}</td>
                <td data-number>{row.previousTrained}</td>
              </tr>
            ))}
            <tr data-total data-coverage-total>
              <th scope="row" colSpan={2}>
                {say('rowsTotal')}
              </th>
              <td data-number>{coverage.total.trained}</td>
              <td data-number>{coverage.total.target}</td>
              <td data-number>{percent(coverage.total.share, language)}</td>
              <td data-number>{coverage.total.previousTrained}</td>
            </tr>
            <tr data-coverage-people>
              <th scope="row" colSpan={2}>
                {say('peopleOnce')}
              </th>
              <td data-number>{coverage.people.current}</td>
              <td />
              <td />
              <td data-number>{coverage.people.previous}</td>
            </tr>
          </tbody>
        </table>
        <p data-coverage-note style={{ maxWidth: 720 }}>
          {say('coverageNote')}
        </p>
        <ReportCharts charts={charts} />
      </section>

      <section data-report-section="today">
        <h2>
          {say('today')} {data.today}
        </h2>
        <p>{say('todayNote')}</p>
        <table data-report-table="today">
          <thead>
            <tr>
              <th scope="col">{say('figure')}</th>
              <th scope="col" data-number>
                {say('count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {today.map((row) => (
              <tr key={row.key}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {t(row.label)}
                </th>
                <td data-number data-figure={row.key}>
                  {row.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{say('staleSupportResources')}</h3>
        {report.staleSupportResources.length === 0 ? <p>{say('none')}</p> : null}
        <ul>
          {report.staleSupportResources.map((resource) => (
            <li key={resource.key}>
              {resource.title.sv ?? resource.key} –{' '}
              {resource.verifiedAt
                ? `${say('verified')} ${stockholmTime(resource.verifiedAt, { dateStyle: 'short' })}`
                : say('neverVerified')}
            </li>
          ))}
        </ul>
      </section>
    </div>,
  );
}
