import { chromium, type Browser, type Page } from 'playwright-core';
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import { signInThroughForm } from './page-problems.js';

/**
 * The time zone of the people who use these screens: the admin shows dates in the browser's zone, and a run
 * between midnight in Stockholm and midnight UTC would otherwise see yesterday's date where an editor sees today's.
 */
export const PEOPLES_TIME_ZONE = 'Europe/Stockholm';

/** Debian's Chromium, headless, with nothing of its own running in the background, on Swedish time. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, TZ: PEOPLES_TIME_ZONE },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });

/** A page of the local admin that npm run dev creates, signed in through the login form as a person would. */
export async function signedInAsLocalAdmin(cmsUrl: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(120_000);
  await signInThroughForm(page, cmsUrl, DEV_ADMIN.email, DEV_ADMIN.password);
  return { browser, page };
}
