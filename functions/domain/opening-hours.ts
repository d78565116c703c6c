export const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof weekdays)[number];

export interface OpeningInterval {
  weekday: string;
  opens: string;
  closes: string;
}

let stockholmClock: Intl.DateTimeFormat | undefined;

/**
 * Built on first use, not at import: the first formatter with a time zone loads ICU's zone data, about
 * 20–30 ms that a Lambda instance's cold start would pay even when its first read shows no opening hours.
 */
const stockholmClockOnce = () =>
  (stockholmClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

const minutesOf = (hhmm: string): number => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** The weekday and minute of the day in Europe/Stockholm (daylight saving time included). */
export function stockholmTime(now: Date): { weekday: Weekday; minute: number } {
  const parts = Object.fromEntries(
    stockholmClockOnce()
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return {
    weekday: String(parts.weekday).toUpperCase() as Weekday,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/**
 * Whether weekly opening hours are open at `now`; null when there are none. An interval whose
 * `closes` is not after `opens` runs past midnight into the next day ("22:00"–"02:00").
 */
export function isOpenAt(hours: readonly OpeningInterval[] | null | undefined, now: Date): boolean | null {
  if (!hours || hours.length === 0) return null;
  const { weekday, minute } = stockholmTime(now);
  const yesterday = weekdays[(weekdays.indexOf(weekday) + 6) % 7];
  return hours.some((interval) => {
    const opens = minutesOf(interval.opens);
    const closes = minutesOf(interval.closes);
    const overnight = closes <= opens;
    if (interval.weekday === weekday) return minute >= opens && (overnight || minute < closes);
    return overnight && interval.weekday === yesterday && minute < closes;
  });
}
