import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

/** The municipality's time zone: every event is written in it, with its VTIMEZONE. */
export const CALENDAR_ZONE = 'Europe/Stockholm';

/** An instant (UTC ISO) as a time in Stockholm, so that the calendar shows 18:00 on both sides of a DST change. */
export const inZone = (instant: string) => DateTime.fromISO(instant, { zone: CALENDAR_ZONE });

/**
 * The VTIMEZONE of a zone from the maintained tz library. IANA makes Europe/Stockholm a link to
 * Europe/Berlin (the same rules since 1980), so the library hands out Berlin's block: it is named here as
 * the zone the events are written in, which is what calendar apps show.
 */
export function vtimezoneOf(zone: string): string | null {
  const found = tzlib_get_ical_block(zone);
  const block = Array.isArray(found) ? found[0] : undefined;
  if (!block) return null;
  return block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, (line) => `${line.slice(0, line.indexOf(':'))}:${zone}`);
}
