/**
 * The admin's pages compiled ahead for `npm run dev`: `next dev` compiles a page (its server code and the
 * browser chunks it names) on its first request, which took 30 s to 3 minutes per page on a 2-core machine.
 * Requesting each page once as the local admin, with the scripts it names, right after the server is up,
 * makes a person's first visit one of seconds. The times are printed; `npm run dev:first-visit` measures
 * a first visit with and without this.
 */

/** The pages an editor, a moderator and a coordinator open first, the heaviest (a create form with rich text) early. */
export const adminPagesToWarm = [
  '/admin/login',
  '/admin',
  '/admin/collections/support-resources/create',
  '/admin/collections/support-resources',
  '/admin/collections/trainings',
  '/admin/moderation',
  '/admin/reports',
  '/admin/account',
] as const;

export interface PageVisit {
  path: string;
  status: number;
  /** The page and every script it names, fetched one after the other, in milliseconds. */
  ms: number;
  scripts: number;
}

/** Waits until the admin answers at all (the dev server's port is open and Next routes). */
export async function waitForAdmin(baseUrl: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(new URL('/api/users/me', baseUrl), { signal: AbortSignal.timeout(300_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet, or compiling beyond the request's patience: ask again.
    }
    if (Date.now() > deadline) throw new Error(`The admin at ${baseUrl} did not answer within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A session cookie of `credentials`, signed in through Payload's REST login. */
export async function adminSession(baseUrl: string, credentials: { email: string; password: string }) {
  const response = await fetch(new URL('/api/users/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  await response.arrayBuffer();
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='));
  if (!response.ok || !cookie) throw new Error(`Signing in as ${credentials.email} failed (${response.status}).`);
  return cookie.split(';')[0]!;
}

/**
 * A GET that outlasts a long compile: Node's fetch gives up on an answer's headers after 5 minutes, which a
 * first compile on a busy 2-core machine exceeded; the compile goes on, so asking again waits for its end.
 */
async function patientGet(url: URL, cookie: string, attempts = 4): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers: { cookie }, redirect: 'follow' });
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

/** One page as a browser's first visit costs the server: the HTML, then each script it names. */
export async function visitPage(baseUrl: string, path: string, cookie: string): Promise<PageVisit> {
  const started = performance.now();
  const response = await patientGet(new URL(path, baseUrl), cookie);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
  for (const script of new Set(scripts)) await (await patientGet(new URL(script, baseUrl), cookie)).arrayBuffer();
  return { path, status: response.status, ms: Math.round(performance.now() - started), scripts: scripts.length };
}

/** Visits every page of `paths` in order as the signed-in `credentials`. */
export async function warmAdminPages(
  baseUrl: string,
  credentials: { email: string; password: string },
  paths: readonly string[] = adminPagesToWarm,
): Promise<PageVisit[]> {
  await waitForAdmin(baseUrl);
  const cookie = await adminSession(baseUrl, credentials);
  const visits: PageVisit[] = [];
  for (const path of paths) visits.push(await visitPage(baseUrl, path, cookie));
  return visits;
}
