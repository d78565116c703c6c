import * as z from 'zod/mini';
import { parsedEnvironment } from '../config.js';
import { DEFAULT_RETENTION_MONTHS } from './retention.js';

const retentionEnvironment = z.object({
  /** Months after a training that its registrations are anonymised (default 24). */
  VARNA_REGISTRATION_RETENTION_MONTHS: z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/, 'must be a whole number of months')),
      z.transform((value: string) => Number(value)),
    ),
  ),
});

/** How long registrations are kept, checked once at start-up like the rest of the configuration. */
export function loadRetentionMonths(env: Record<string, string | undefined> = process.env): number {
  const value = parsedEnvironment(retentionEnvironment, env, "Värna's retention configuration");
  const months = value.VARNA_REGISTRATION_RETENTION_MONTHS ?? DEFAULT_RETENTION_MONTHS;
  if (months < 1) throw new Error('VARNA_REGISTRATION_RETENTION_MONTHS must be at least 1.');
  return months;
}
