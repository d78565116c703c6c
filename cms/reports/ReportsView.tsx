import type { AdminViewServerProps } from 'payload';
import React from 'react';
import { adminViewFrame } from '../admin-view.js';
import { canReadReports } from '../access/can-read-reports.js';
import { inLanguage, optionLabels } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';
import { ReportCharts, type ChartSeries } from './ReportCharts.js';
import { reportData } from './report-data.js';
import { periods, reportWindow } from './window.js';
import { words } from './words.js';

// Bars at 3:1 or more against the white background (WCAG 1.4.11); the legend's words are in the text colour.
const colors = { trained: '#1a6e3c', target: '#4f74a0', count: '#2b5d8a' };

/**
 * The Reports view: the prevention report for BRÅ and the competence plan's coverage for a window the
 * coordinator picks (this quarter, last quarter, this year, own dates), as figures, charts and CSV.
 */
export async function ReportsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const language = req.i18n?.language;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  const option = (value: string) => inLanguage(optionLabels[value] ?? { sv: value, en: value }, language);
  const template = adminViewFrame({ initPageResult, params, searchParams }, say('heading'));
  if (!canReadReports(req.user)) return template(<p>{say('onlyCoordinators')}</p>);

  const query = (searchParams ?? {}) as Record<string, string | undefined>;
  const window = reportWindow(query.period, new Date(), { from: query.from, to: query.to });
  const data = await reportData(req, window);
  const { report, coverage } = data;
  const queryString = new URLSearchParams({
    period: window.period,
    from: window.firstDay,
    to: window.lastDay,
  }).toString();
  const charts: ChartSeries[] = [
    {
      name: 'coverage',
      title: say('coverageChart'),
      rowHeading: say('departmentAndAudience'),
      horizontal: true,
      rows: coverage.map((row) => ({
        label: `${row.department.name.sv ?? row.department.key} – ${option(row.audience)}`,
        trained: row.trained,
        target: row.target ?? 0,
      })),
      series: [
        { key: 'trained', label: say('trained'), color: colors.trained },
        { key: 'target', label: say('target'), color: colors.target },
      ],
    },
    {
      name: 'districts',
      title: say('districtChart'),
      rowHeading: say('district'),
      rows: report.activitiesByDistrict.map(({ district, count }) => ({
        label: district.name.sv ?? district.key,
        count,
      })),
      series: [{ key: 'count', label: say('activities'), color: colors.count }],
    },
    {
      name: 'target-groups',
      title: say('targetGroupChart'),
      rowHeading: say('targetGroup'),
      rows: report.activitiesByTargetGroup.map(({ targetGroup, count }) => ({ label: option(targetGroup), count })),
      series: [{ key: 'count', label: say('activities'), color: colors.count }],
    },
    {
      name: 'prevention-levels',
      title: say('levelChart'),
      rowHeading: say('level'),
      rows: report.supportResourcesByPreventionLevel.map(({ preventionLevel, count }) => ({
        label: option(preventionLevel),
        count,
      })),
      series: [{ key: 'count', label: say('resources'), color: colors.count }],
    },
    {
      name: 'trainings-over-time',
      title: say('timeChart'),
      rowHeading: say('month'),
      rows: data.trainingsByMonth.map(({ month, trainings }) => ({ label: month, count: trainings })),
      series: [{ key: 'count', label: say('trainings'), color: colors.trained }],
    },
  ];
  const figures: [keyof typeof words, number][] = [
    ['trainingsHeld', report.trainingsHeld],
    ['participantsTrained', report.participantsTrained],
    ['councilMeetingsHeld', report.councilMeetingsHeld],
    ['activitiesPublished', report.activitiesPublished],
    ['associationsApproved', report.associationsApproved],
    ['staleSupportResources', report.staleSupportResources.length],
  ];
  return template(
    <>
      <p>{say('intro')}</p>
      <form
        method="get"
        action="/admin/reports"
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
      <h2>
        {say('summary')}: {window.firstDay} – {window.lastDay}
      </h2>
      <dl
        data-report="summary"
        style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '4px 24px' }}
      >
        {figures.map(([key, value]) => (
          <React.Fragment key={key}>
            <dt>{say(key)}</dt>
            <dd data-figure={key} style={{ margin: 0, fontWeight: 600 }}>
              {value}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      <p style={{ display: 'flex', gap: 16 }}>
        <a href={`/api/reports/prevention.csv?${queryString}`} download>
          {say('downloadReport')}
        </a>
        <a href={`/api/reports/coverage.csv?${queryString}`} download>
          {say('downloadCoverage')}
        </a>
      </p>
      <ReportCharts charts={charts} />
      <h2>{say('staleSupportResources')}</h2>
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
    </>,
  );
}
