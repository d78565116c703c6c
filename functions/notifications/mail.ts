import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import nodemailer, { type Transporter } from 'nodemailer';
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

export function createMailTransport(settings: Omit<MailSettings, 'from'>): Transporter {
  if (settings.smtpUrl) return nodemailer.createTransport(settings.smtpUrl);
  return nodemailer.createTransport({
    SES: { sesClient: new SESv2Client({ region: settings.region }), SendEmailCommand },
  });
}

export function createSendMail(settings: MailSettings): SendMail {
  const transport = createMailTransport(settings);
  return (message) => transport.sendMail({ from: settings.from, ...message });
}
