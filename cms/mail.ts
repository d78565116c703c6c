import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import { createMailTransport } from '../functions/notifications/mail.js';
import { cmsSettings } from './settings.js';

/** "Name <address>" or a bare address, as VARNA_MAIL_FROM gives it. */
function sender(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || 'Värna', address: match[2]! } : { name: 'Botkyrka kommun', address: from.trim() };
}

/**
 * The CMS's own mail (password resets, stale-content reminders) goes the way the register's does
 * (functions/notifications/mail.ts): through VARNA_SMTP_URL where it is set (`npm run dev`'s local
 * catcher), otherwise through SES as the stage's linked sender. Neither: Payload logs mail to the console.
 */
export function cmsEmail() {
  const from = cmsSettings.mailFrom();
  if (!from) return undefined;
  const transport = createMailTransport({ smtpUrl: cmsSettings.smtpUrl(), region: process.env.AWS_REGION });
  const { name, address } = sender(from);
  return nodemailerAdapter({ defaultFromAddress: address, defaultFromName: name, transport, skipVerify: true });
}
