import { MAX_ACTIVITY_DURATION_MS } from '../data/entities/activity.js';

/** The register's rules in numbers. */
export const rules = {
  /** Creates (registrations and activities) one account may make per hour, across Lambda instances. */
  createsPerHour: 20,
  /** How long a create's idempotency key is remembered. */
  idempotencyTtlSeconds: 24 * 60 * 60,
  maxActivityDurationMs: MAX_ACTIVITY_DURATION_MS,
} as const;
