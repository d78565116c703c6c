'use client';
import React from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  /** The chart's heading, already in the admin's language. */
  title: string;
  /** What the rows are (the table's first column heading), e.g. "Kommundel". */
  rowHeading: string;
  /** One row per bar group: its label and a value per series key. */
  rows: Record<string, string | number>[];
  /** Series: the row's key and its legend label. */
  series: { key: string; label: string; color: string }[];
  /** A test and a screen reader find the chart by this name. */
  name: string;
  /** Bars across, labels down the side: for long labels (department and audience). */
  horizontal?: boolean;
  /** The page shows the chart's figures in a table of its own: no second (hidden) table for screen readers. */
  tableElsewhere?: boolean;
}

/**
 * One bar chart of the report (recharts, SVG), with its figures in a table with a caption and column
 * headings. The picture is for the eye; a screen reader reads the table, so the chart is hidden from it and
 * is no keyboard stop of its own (recharts' accessibility layer would make it a focusable "application").
 */
export function ReportChart({ chart }: { chart: ChartSeries }) {
  const tick = { fontSize: 12, fill: 'var(--theme-elevation-800)' };
  // Our own legend: each series' colour and name, without recharts' English "… legend icon" labels.
  const legend =
    chart.series.length > 1 ? (
      <Legend
        verticalAlign="top"
        content={() => (
          <ul data-legend style={{ display: 'flex', gap: 16, listStyle: 'none', margin: '0 0 8px', padding: 0 }}>
            {chart.series.map((series) => (
              <li
                key={series.key}
                style={{ display: 'flex', alignItems: 'center', gap: 6, fontSize: 12, color: tick.fill }}
              >
                <span style={{ width: 12, height: 12, background: series.color, display: 'inline-block' }} />
                {series.label}
              </li>
            ))}
          </ul>
        )}
      />
    ) : null;
  // Each bar says its figure: 4 trained beside a target of 120 is unreadable from the bar's length alone.
  const bars = chart.series.map((series) => (
    <Bar key={series.key} dataKey={series.key} name={series.label} fill={series.color} isAnimationActive={false}>
      <LabelList dataKey={series.key} position={chart.horizontal ? 'right' : 'top'} style={{ ...tick }} />
    </Bar>
  ));
  return (
    <figure data-chart={chart.name} style={{ margin: '0 0 32px' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{chart.title}</figcaption>
      <div
        aria-hidden="true"
        style={{ width: '100%', height: chart.horizontal ? Math.max(200, 40 + chart.rows.length * 34) : 280 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          {chart.horizontal ? (
            <BarChart
              data={chart.rows}
              layout="vertical"
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--theme-elevation-150)" />
              <XAxis type="number" allowDecimals={false} tick={{ ...tick }} />
              <YAxis type="category" dataKey="label" width={260} tick={{ ...tick }} />
              <Tooltip />
              {legend}
              {bars}
            </BarChart>
          ) : (
            <BarChart data={chart.rows} margin={{ top: 8, right: 16, bottom: 48, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--theme-elevation-150)" />
              <XAxis dataKey="label" interval={0} angle={-20} textAnchor="end" tick={{ ...tick }} />
              <YAxis allowDecimals={false} tick={{ ...tick }} />
              <Tooltip />
              {legend}
              {bars}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      {chart.tableElsewhere ? null : (
        <table
          className="report-figures"
          style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }}
        >
          <caption>{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{chart.rowHeading}</th>
              {chart.series.map((series) => (
                <th key={series.key} scope="col">
                  {series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={String(row.label)}>
                <th scope="row">{row.label}</th>
                {chart.series.map((series) => (
                  <td key={series.key}>{row[series.key] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

/** Charts side by side where the page is wide enough, one below the other in print. */
export function ReportCharts({ charts }: { charts: ChartSeries[] }) {
  return (
    <div
      data-report-charts
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 24 }}
    >
      {charts.map((chart) => (
        <ReportChart key={chart.name} chart={chart} />
      ))}
    </div>
  );
}
