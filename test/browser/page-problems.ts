import type { Page } from 'playwright-core';
import { editorialSlugs } from '../support/cms-doors.js';

/** Signs in through the admin's login form, as a person does (the form is rendered in the browser). */
export async function signInThroughForm(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/admin/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin\/?$/);
}

/**
 * The admin's views an editor opens: the dashboard, the custom views, and per collection (every one unless
 * `collections` names some) the edit view of a document.
 */
export async function adminViews(
  url: string,
  editorToken: string,
  collections: readonly string[] = [...editorialSlugs, 'media', 'users'],
): Promise<string[]> {
  const views = ['/admin', '/admin/moderation', '/admin/reports', '/admin/webhooks', '/admin/account'];
  for (const slug of collections) {
    const response = await fetch(`${url}/api/${slug}?limit=1&depth=0&draft=true`, {
      headers: { authorization: `JWT ${editorToken}` },
    });
    const { docs } = (await response.json()) as { docs: { id: string | number }[] };
    if (docs[0]) views.push(`/admin/collections/${slug}/${docs[0].id}`);
  }
  return views;
}

/** The page titles of the views this project adds to the admin. */
const ownViewTitles: Record<string, string> = {
  '/admin/moderation': 'Moderering av föreningsregistret – Värna',
  '/admin/reports': 'Rapporter: förebyggande arbete – Värna',
  '/admin/webhooks': 'Webhooks till webbplatserna – Värna',
};

/**
 * Opens `url` in the signed-in page and tells what went wrong on the way: an uncaught error, a console
 * error, a failed or refused request, or Next's error overlay (its issue badge under `next dev`).
 */
export async function problemsOpening(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const path = new URL(url).pathname;
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`${path}: console error: ${message.text().slice(0, 300)}`);
  };
  const onPageError = (error: Error) => problems.push(`${path}: uncaught ${error.message.slice(0, 300)}`);
  // Requests still waiting for their answer. Playwright's 'networkidle' also waits for bodies the page never
  // reads: the admin's preference saves leave theirs unread, which held it for its whole timeout.
  const waiting = new Set<unknown>();
  const onRequest = (request: unknown) => waiting.add(request);
  const onRequestFailed = (request: { url(): string; failure(): { errorText: string } | null }) => {
    waiting.delete(request);
    // A navigation or prefetch the browser itself cancels is not a failure of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`${path}: request failed: ${request.url()} ${request.failure()?.errorText}`);
  };
  const onResponse = (response: { status(): number; url(): string; request(): unknown }) => {
    waiting.delete(response.request());
    if (response.status() >= 400) problems.push(`${path}: HTTP ${response.status()} from ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Client components fetch and render after the load: wait until every request has its answer for half a
    // second (under `next dev` a compile can keep one waiting past 20 s, which is no error by itself), then
    // give late errors a moment.
    for (let quiet = 0, waited = 0; quiet < 500 && waited < 20_000; waited += 50) {
      quiet = waiting.size ? 0 : quiet + 50;
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1000);
    if (await page.locator('[data-nextjs-dialog], [data-issues-count]').count())
      problems.push(`${path}: Next's error overlay is showing`);
    if (/This page couldn.t load|Application error|Internal Server Error/i.test(await page.locator('body').innerText()))
      problems.push(`${path}: an error page`);
    // The project's own views name themselves (WCAG 2.4.2): not Payload's generic title.
    const title = await page.title();
    if (ownViewTitles[path] && title !== ownViewTitles[path])
      problems.push(`${path}: titled “${title}”, not “${ownViewTitles[path]}”`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
  return problems;
}
