/**
 * Whether a process's memory grew after warm-up, from its RSS samples over a soak run.
 *
 * The run is cut in thirds by time. The first third is warm-up and not judged: `next dev` compiles the routes
 * the soak reaches, V8's heaps grow to their working size and the caches (search index, JWKS, read-model
 * pointers) fill. The process grew when either
 *   - step: the last third's highest RSS is more than 10 % above the middle third's highest (peaks, not single
 *     samples, because RSS saws up and down with garbage collection and the peaks are what a Lambda's memory
 *     limit meets), or
 *   - trend: the least-squares slope over the middle and last thirds is above 1 % of the middle third's peak per
 *     minute while the last third's peak is above the middle third's: a steady leak too small to step 10 % in
 *     five minutes still grows a warm Lambda (which lives for hours) by 60 % an hour.
 * A run under 6 minutes is not judged: a first third under 2 minutes is not past warm-up (in 2-minute runs the API
 * was still rising 6 MB/min at the end, then level over 15 minutes).
 */
export interface RssSample {
  /** Milliseconds since the run started. */
  atMs: number;
  rssMb: number;
}

export interface GrowthVerdict {
  judged: boolean;
  grew: boolean;
  middlePeakMb: number;
  lastPeakMb: number;
  slopeMbPerMinute: number;
  reason: string;
}

export const STEP_TOLERANCE = 0.1;
export const SHORTEST_JUDGED_MS = 6 * 60_000;
export const TREND_TOLERANCE_PER_MINUTE = 0.01;

const peak = (samples: RssSample[]) => Math.max(...samples.map((sample) => sample.rssMb));

/** The least-squares slope of RSS over time, in MB per minute. */
export function slopeMbPerMinute(samples: RssSample[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const meanT = samples.reduce((sum, sample) => sum + sample.atMs, 0) / n;
  const meanR = samples.reduce((sum, sample) => sum + sample.rssMb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.atMs - meanT) * (sample.rssMb - meanR);
    variance += (sample.atMs - meanT) ** 2;
  }
  return variance === 0 ? 0 : (covariance / variance) * 60_000;
}

export function growthVerdict(samples: RssSample[], durationMs: number): GrowthVerdict {
  const middle = samples.filter((sample) => sample.atMs >= durationMs / 3 && sample.atMs < (2 * durationMs) / 3);
  const last = samples.filter((sample) => sample.atMs >= (2 * durationMs) / 3);
  if (durationMs < SHORTEST_JUDGED_MS || middle.length < 2 || last.length < 2)
    return {
      judged: false,
      grew: false,
      middlePeakMb: NaN,
      lastPeakMb: NaN,
      slopeMbPerMinute: NaN,
      reason: 'a run under 6 minutes, or too few samples, is not past warm-up',
    };
  const middlePeakMb = peak(middle);
  const lastPeakMb = peak(last);
  const slope = slopeMbPerMinute([...middle, ...last]);
  const stepped = lastPeakMb > middlePeakMb * (1 + STEP_TOLERANCE);
  const trending = slope > middlePeakMb * TREND_TOLERANCE_PER_MINUTE && lastPeakMb > middlePeakMb;
  const reason = stepped
    ? `last third's peak ${lastPeakMb.toFixed(0)} MB is more than ${STEP_TOLERANCE * 100} % above the middle third's ${middlePeakMb.toFixed(0)} MB`
    : trending
      ? `rising ${slope.toFixed(2)} MB/min after warm-up, above ${(middlePeakMb * TREND_TOLERANCE_PER_MINUTE).toFixed(2)} MB/min (1 % of the peak a minute)`
      : 'no growth after warm-up';
  return { judged: true, grew: stepped || trending, middlePeakMb, lastPeakMb, slopeMbPerMinute: slope, reason };
}
