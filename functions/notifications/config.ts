import * as z from 'zod/mini';
import { parsedEnvironment } from '../config.js';
import type { MailSettings } from './mail.js';

const mailEnvironment = z.object({
  /** The sender of the register's e-mail (on AWS the stack's verified SES identity). */
  VARNA_MAIL_FROM: z.string().check(z.minLength(3)),
  /** An SMTP server (smtp://, smtps://) instead of SES: the local catcher, or a relay. */
  VARNA_SMTP_URL: z.optional(z.string().check(z.regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL'))),
  AWS_REGION: z.optional(z.string()),
});

/** The mail settings, checked once at start-up like the rest of the configuration. */
export function loadMailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const value = parsedEnvironment(mailEnvironment, env, "Värna's mail configuration");
  return { from: value.VARNA_MAIL_FROM, smtpUrl: value.VARNA_SMTP_URL, region: value.AWS_REGION };
}
