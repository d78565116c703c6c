import { describe, expect, it } from 'vitest';
import { growthVerdict, type RssSample } from './growth.js';

const minute = 60_000;
const FIFTEEN_MINUTES = 15 * minute;

/** A sample every 5 s over 15 minutes: `rss(t in minutes)`. */
const run = (rss: (minutes: number) => number): RssSample[] =>
  Array.from({ length: FIFTEEN_MINUTES / 5000 + 1 }, (_, index) => ({
    atMs: index * 5000,
    rssMb: rss((index * 5000) / minute),
  }));

// The API's RSS in a soak saws between about 190 and 290 MB as the search index is reloaded and collected.
const sawtooth = (minutes: number) => 190 + ((minutes * 60) % 50) * 2;

describe('the soak’s growth verdict', () => {
  it('passes a process that saws up and down around a steady level after warm-up', () => {
    const verdict = growthVerdict(
      run((t) => (t < 2 ? 120 + 35 * t : sawtooth(t))),
      FIFTEEN_MINUTES,
    );
    expect(verdict).toMatchObject({ judged: true, grew: false });
  });

  it('fails a process whose peaks step up by more than 10 % in the last third', () => {
    const verdict = growthVerdict(
      run((t) => sawtooth(t) + (t > 11 ? 40 : 0)),
      FIFTEEN_MINUTES,
    );
    expect(verdict).toMatchObject({ judged: true, grew: true });
    expect(verdict.reason).toMatch(/more than 10 %/);
  });

  it('fails a steady leak of 4 MB a minute, too small to step 10 % in five minutes', () => {
    const verdict = growthVerdict(
      run((t) => 300 + 4 * t),
      FIFTEEN_MINUTES,
    );
    expect(verdict.lastPeakMb).toBeLessThan(verdict.middlePeakMb * 1.1);
    expect(verdict).toMatchObject({ judged: true, grew: true });
    expect(verdict.reason).toMatch(/rising 4\.00 MB\/min/);
  });

  it('does not judge a run under 6 minutes, whose first third is not past warm-up', () => {
    const fiveMinutes = run((t) => 100 + 50 * t).filter((sample) => sample.atMs <= 5 * minute);
    expect(growthVerdict(fiveMinutes, 5 * minute)).toMatchObject({ judged: false, grew: false });
  });
});
