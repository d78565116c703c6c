import * as z from 'zod/mini';
import { parsedEnvironment } from '../config.js';
import {
  applyRegisterRetention,
  DEFAULT_REDACTION_MONTHS,
  DEFAULT_REJECTED_RETENTION_MONTHS,
  type RegisterRetentionSettings,
  type RetentionContext,
} from './retention.js';

const months = z.optional(
  z.pipe(
    z.string().check(z.regex(/^\d{1,3}$/, 'must be a whole number of months')),
    z.transform((value: string) => Number(value)),
  ),
);

const registerRetentionEnvironment = z.object({
  /** Months after its rejection (or its owner's last change) that a REJECTED association is deleted (default 6). */
  VARNA_REGISTER_REJECTED_RETENTION_MONTHS: months,
  /** Months after a register decision that its reason, activity title and actor are redacted (default 24). */
  VARNA_REGISTER_REDACTION_MONTHS: months,
});

/** How long the register keeps what, checked like the rest of the configuration. */
function loadRegisterRetention(env: Record<string, string | undefined> = process.env): RegisterRetentionSettings {
  const value = parsedEnvironment(registerRetentionEnvironment, env, "Värna's register retention configuration");
  const settings = {
    rejectedMonths: value.VARNA_REGISTER_REJECTED_RETENTION_MONTHS ?? DEFAULT_REJECTED_RETENTION_MONTHS,
    redactionMonths: value.VARNA_REGISTER_REDACTION_MONTHS ?? DEFAULT_REDACTION_MONTHS,
  };
  if (settings.rejectedMonths < 1) throw new Error('VARNA_REGISTER_REJECTED_RETENTION_MONTHS must be at least 1.');
  if (settings.redactionMonths < 1) throw new Error('VARNA_REGISTER_REDACTION_MONTHS must be at least 1.');
  return settings;
}

/**
 * The register's part of the daily retention job (functions/training/retention-handler.ts calls it): its
 * settings are read and checked when the job starts, a bad one stops it with a message naming it.
 */
export function registerRetentionJob(env: Record<string, string | undefined> = process.env) {
  const settings = loadRegisterRetention(env);
  return async (context: RetentionContext) => ({ ...(await applyRegisterRetention(context, settings)), ...settings });
}
