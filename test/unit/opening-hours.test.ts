import { describe, expect, it } from 'vitest';
import { isOpenAt, stockholmTime } from '../../functions/domain/opening-hours.js';

const weekdays = [{ weekday: 'MONDAY', opens: '09:00', closes: '16:00' }];

describe('openNow in Europe/Stockholm', () => {
  it('follows winter time (UTC+1)', () => {
    // Monday 2026-12-07: 09:00 in Stockholm is 08:00 UTC.
    expect(isOpenAt(weekdays, new Date('2026-12-07T07:59:00Z'))).toBe(false);
    expect(isOpenAt(weekdays, new Date('2026-12-07T08:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, new Date('2026-12-07T14:59:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, new Date('2026-12-07T15:00:00Z'))).toBe(false);
  });

  it('follows summer time (UTC+2)', () => {
    // Monday 2026-06-01: 09:00 in Stockholm is 07:00 UTC.
    expect(isOpenAt(weekdays, new Date('2026-06-01T06:59:00Z'))).toBe(false);
    expect(isOpenAt(weekdays, new Date('2026-06-01T07:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, new Date('2026-06-01T13:59:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, new Date('2026-06-01T14:00:00Z'))).toBe(false);
  });

  it('switches on the night daylight saving time starts and ends', () => {
    // 2026-03-29 02:00 CET becomes 03:00 CEST; 2026-10-25 03:00 CEST becomes 02:00 CET.
    expect(stockholmTime(new Date('2026-03-29T00:59:00Z'))).toEqual({ weekday: 'SUNDAY', minute: 1 * 60 + 59 });
    expect(stockholmTime(new Date('2026-03-29T01:00:00Z'))).toEqual({ weekday: 'SUNDAY', minute: 3 * 60 });
    expect(stockholmTime(new Date('2026-10-25T00:30:00Z'))).toEqual({ weekday: 'SUNDAY', minute: 2 * 60 + 30 });
    expect(stockholmTime(new Date('2026-10-25T01:30:00Z'))).toEqual({ weekday: 'SUNDAY', minute: 2 * 60 + 30 });
    const monday = [{ weekday: 'MONDAY', opens: '08:00', closes: '09:00' }];
    expect(isOpenAt(monday, new Date('2026-03-30T06:30:00Z'))).toBe(true);
    expect(isOpenAt(monday, new Date('2026-03-23T06:30:00Z'))).toBe(false);
  });

  it('keeps an interval past midnight open into the next day', () => {
    const friday = [{ weekday: 'FRIDAY', opens: '22:00', closes: '02:00' }];
    expect(isOpenAt(friday, new Date('2026-12-04T21:30:00Z'))).toBe(true); // Friday 22:30
    expect(isOpenAt(friday, new Date('2026-12-05T00:30:00Z'))).toBe(true); // Saturday 01:30
    expect(isOpenAt(friday, new Date('2026-12-05T01:30:00Z'))).toBe(false); // Saturday 02:30
    expect(isOpenAt(friday, new Date('2026-12-04T20:30:00Z'))).toBe(false); // Friday 21:30
  });

  it('is null for a resource without hours', () => {
    expect(isOpenAt([], new Date())).toBeNull();
    expect(isOpenAt(undefined, new Date())).toBeNull();
  });
});
