import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import nodemailer, { type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { SendMail } from './deliver.js';

/**
 * Where mail goes: an SMTP server when `smtpUrl` is given (`npm run dev`'s local catcher, or a relay the
 * municipality runs), otherwise Amazon SES v2 in the stage's region (the stack verifies the sender
 * identity and allows only it). Both through nodemailer, which the CMS's own mail (Payload) uses too.
 */
export interface MailSettings {
  from: string;
  smtpUrl?: string | undefined;
  region?: string | undefined;
}

/**
 * How long an SMTP server may take to accept the connection, greet, and answer each command. Nodemailer's own
 * (2 min, 30 s, 10 min) outlast the notifier's Lambda (20 s): a slow server would end the Lambda with the
 * message claimed until its claim lapses (5 minutes). Given up in time, the send is retried at the next sweep.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 };

export function createMailTransport(settings: Omit<MailSettings, 'from'>): Transporter {
  // The transport itself, not createTransport's options: those keep only what the URL says when a URL is given.
  if (settings.smtpUrl)
    return nodemailer.createTransport(new SMTPTransport({ url: settings.smtpUrl, ...SMTP_TIMEOUTS }));
  return nodemailer.createTransport({
    SES: { sesClient: new SESv2Client({ region: settings.region }), SendEmailCommand },
  });
}

export function createSendMail(settings: MailSettings): SendMail {
  const transport = createMailTransport(settings);
  return (message) => transport.sendMail({ from: settings.from, ...message });
}
