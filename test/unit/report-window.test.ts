import { describe, expect, it } from 'vitest';
import { previousWindow, reportWindow, stockholmMidnight } from '../../cms/reports/window.js';

/** The Reports view's periods begin at midnight in Stockholm, in winter and in summer time. */
describe('report windows', () => {
  const now = new Date('2026-05-15T10:00:00Z');

  it('gives this quarter, last quarter and this year from Stockholm midnights', () => {
    expect(reportWindow('this-quarter', now)).toMatchObject({
      from: '2026-03-31T22:00:00.000Z',
      to: '2026-06-30T22:00:00.000Z',
      firstDay: '2026-04-01',
      lastDay: '2026-06-30',
    });
    expect(reportWindow('last-quarter', now)).toMatchObject({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      firstDay: '2026-01-01',
      lastDay: '2026-03-31',
    });
    expect(reportWindow('this-year', now)).toMatchObject({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
      lastDay: '2026-12-31',
    });
    // In January, last quarter is the previous year's fourth.
    expect(reportWindow('last-quarter', new Date('2026-01-10T12:00:00Z'))).toMatchObject({
      firstDay: '2025-10-01',
      lastDay: '2025-12-31',
    });
  });

  it('takes custom dates inclusive, across a change to summer time, and falls back to this quarter on nonsense', () => {
    expect(reportWindow('custom', now, { from: '2026-03-01', to: '2026-03-31' })).toMatchObject({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      lastDay: '2026-03-31',
    });
    expect(reportWindow('custom', now, { from: '2026-05-01', to: '2026-04-01' }).period).toBe('this-quarter');
    expect(reportWindow('custom', now, { from: 'yesterday', to: '2026-04-01' }).period).toBe('this-quarter');
    expect(stockholmMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(stockholmMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('puts the window of the same length just before beside each period: previous quarter, previous year, shifted dates', () => {
    expect(previousWindow(reportWindow('this-quarter', now))).toMatchObject({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      firstDay: '2026-01-01',
      lastDay: '2026-03-31',
    });
    // Before the first quarter: the previous year's fourth.
    expect(previousWindow(reportWindow('last-quarter', now))).toMatchObject({
      firstDay: '2025-10-01',
      lastDay: '2025-12-31',
    });
    expect(previousWindow(reportWindow('this-year', now))).toMatchObject({
      from: '2024-12-31T23:00:00.000Z',
      to: '2025-12-31T23:00:00.000Z',
      firstDay: '2025-01-01',
      lastDay: '2025-12-31',
    });
    // Whole months step back by months (February is shorter than March)…
    expect(previousWindow(reportWindow('custom', now, { from: '2026-03-01', to: '2026-03-31' }))).toMatchObject({
      firstDay: '2026-02-01',
      lastDay: '2026-02-28',
    });
    // …other dates by their number of days (10 here, across the change to summer time), ending the day before.
    expect(previousWindow(reportWindow('custom', now, { from: '2026-04-05', to: '2026-04-14' }))).toMatchObject({
      from: '2026-03-25T23:00:00.000Z',
      to: '2026-04-04T22:00:00.000Z',
      firstDay: '2026-03-26',
      lastDay: '2026-04-04',
    });
  });
});
