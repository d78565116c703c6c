/**
 * The report's window as coordinators pick it: this quarter, last quarter, this year, or their own dates.
 * Periods begin at midnight in Stockholm (a quarter that starts in summer time starts at 22:00 UTC).
 */
export const periods = ['this-quarter', 'last-quarter', 'this-year', 'custom'] as const;
export type Period = (typeof periods)[number];

export interface ReportWindow {
  period: Period | 'previous';
  /** Inclusive start and exclusive end, ISO 8601 UTC. */
  from: string;
  to: string;
  /** The dates as the coordinator reads them (Stockholm), the end inclusive. */
  firstDay: string;
  lastDay: string;
}

/** The day (YYYY-MM-DD) an instant falls on in Stockholm. */
export const stockholmDate = (instant: Date) => instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The instant of midnight starting `day` (YYYY-MM-DD) in Stockholm: UTC+1 in winter, UTC+2 in summer. */
export function stockholmMidnight(day: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${day}T00:00:00${offset}`);
    if (
      stockholmDate(instant) === day &&
      instant.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm' }).startsWith('00:00')
    )
      return instant;
  }
  throw new Error(`${day} is not a date`);
}

const pad = (value: number) => String(value).padStart(2, '0');
const dayOf = (year: number, month: number) => `${year}-${pad(month)}-01`;
const previousDay = (day: string) => stockholmDate(new Date(stockholmMidnight(day).getTime() - 12 * 60 * 60 * 1000));
const isDay = (value: string | undefined): value is string =>
  Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));

/** The window of `period` around `now`; a custom window from `from` to `to` inclusive (whole days). */
export function reportWindow(
  period: string | undefined,
  now: Date,
  custom: { from?: string; to?: string } = {},
): ReportWindow {
  const [year, month] = stockholmDate(now).split('-').map(Number) as [number, number];
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
  const window = (chosen: Period, start: string, endExclusive: string): ReportWindow => ({
    period: chosen,
    from: stockholmMidnight(start).toISOString(),
    to: stockholmMidnight(endExclusive).toISOString(),
    firstDay: start,
    lastDay: previousDay(endExclusive),
  });
  const nextQuarter = (y: number, m: number) => (m + 3 > 12 ? dayOf(y + 1, m - 9) : dayOf(y, m + 3));
  switch (period) {
    case 'last-quarter': {
      const [y, m] = quarterStart === 1 ? [year - 1, 10] : [year, quarterStart - 3];
      return window('last-quarter', dayOf(y, m), dayOf(year, quarterStart));
    }
    case 'this-year':
      return window('this-year', dayOf(year, 1), dayOf(year + 1, 1));
    case 'custom':
      if (isDay(custom.from) && isDay(custom.to) && custom.to >= custom.from) {
        const end = stockholmDate(new Date(stockholmMidnight(custom.to).getTime() + 36 * 60 * 60 * 1000));
        return window('custom', custom.from, end);
      }
      return reportWindow('this-quarter', now);
    default:
      return window('this-quarter', dayOf(year, quarterStart), nextQuarter(year, quarterStart));
  }
}

const shiftDay = (day: string, days: number) =>
  stockholmDate(new Date(stockholmMidnight(day).getTime() + (days * 24 + 12) * 60 * 60 * 1000));
const monthsBack = (day: string, months: number) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return dayOf(Math.floor(index / 12), (index % 12) + 1);
};

/**
 * The window just before `window`, of the same length, for the column beside each figure: the previous
 * quarter of a quarter, the previous year of a year. A window of whole calendar months (as every period but
 * most custom dates is) steps back by as many months, since quarters differ by a day or two; any other
 * custom window steps back by its number of days, ending the day before it starts.
 */
export function previousWindow(window: Pick<ReportWindow, 'firstDay' | 'lastDay'>): ReportWindow {
  const endExclusive = shiftDay(window.lastDay, 1);
  const whole = window.firstDay.endsWith('-01') && endExclusive.endsWith('-01');
  let start: string;
  if (whole) {
    const [fy, fm] = window.firstDay.split('-').map(Number) as [number, number];
    const [ey, em] = endExclusive.split('-').map(Number) as [number, number];
    start = monthsBack(window.firstDay, ey * 12 + em - (fy * 12 + fm));
  } else {
    const days = Math.round(
      (stockholmMidnight(endExclusive).getTime() - stockholmMidnight(window.firstDay).getTime()) / 86_400_000,
    );
    start = shiftDay(window.firstDay, -days);
  }
  return {
    period: 'previous',
    from: stockholmMidnight(start).toISOString(),
    to: stockholmMidnight(window.firstDay).toISOString(),
    firstDay: start,
    lastDay: previousDay(window.firstDay),
  };
}
