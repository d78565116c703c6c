import { expect } from 'vitest';
/**
 * "Every door": the CMS's own HTTP API (Payload's REST routes) serves signed-in CMS users only. These
 * helpers list every route a caller could try for every collection (lists, by id, drafts, versions,
 * `where` queries, counts, uploaded files), with the ids an editor's session sees, and check what an
 * anonymous caller and the editor get back.
 */
export const editorialSlugs = [
  'support-resources',
  'organisations',
  'council-meetings',
  'trainings',
  'pages',
  'districts',
  'departments',
  'situations',
] as const;
/** Payload's own collections beside the project's: none of them is for anyone but CMS users. */
export const systemSlugs = [
  'users',
  'payload-preferences',
  'payload-jobs',
  'payload-locked-documents',
  'payload-migrations',
  'payload-kv',
] as const;

export interface DoorRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** The editor must get a 200 with content here (the door is closed to strangers, not to editors). */
  editorReads: boolean;
}

export interface CmsSession {
  token: string;
  /** Strings that only the CMS's documents hold (keys, e-mail addresses, file names, file contents). */
  markers: string[];
}

const authorization = (token: string) => ({ authorization: `JWT ${token}` });

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Signing in as ${email} failed: HTTP ${response.status}`);
  return body.token;
}

/** Uploads a PDF as the editor: the council's internal minutes, which nobody outside the CMS may fetch here. */
export async function uploadInternalMinutes(
  url: string,
  token: string,
): Promise<{ id: number | string; filename: string; content: string }> {
  // The smallest file Payload takes for a PDF: header, a cross-reference section, the end marker.
  const content = `%PDF-1.4\n% Protokoll interreligiosa radet, internt ${Date.now()}\n1 0 obj <</Type /Catalog>> endobj\nxref\n0 2\ntrailer <</Root 1 0 R>>\nstartxref\n0\n%%EOF\n`;
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'application/pdf' }), `protokoll-internt-${Date.now()}.pdf`);
  form.append('_payload', JSON.stringify({ alt: 'Protokoll interreligiösa rådet, internt' }));
  const response = await fetch(`${url}/api/media`, { method: 'POST', headers: authorization(token), body: form });
  const body = (await response.json()) as { doc?: { id: number | string; filename: string } };
  if (!response.ok || !body.doc)
    throw new Error(`Uploading the minutes failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return { id: body.doc.id, filename: body.doc.filename, content };
}

async function editorGet(url: string, token: string, path: string): Promise<any> {
  const response = await fetch(`${url}${path}`, { headers: authorization(token) });
  if (!response.ok) throw new Error(`The editor could not read ${path}: HTTP ${response.status}`);
  return response.json();
}

/** Every route to try, with the ids, versions and files the editor's session sees; and the markers to look for. */
export async function doorRequests(
  url: string,
  token: string,
): Promise<{ requests: DoorRequest[]; markers: string[] }> {
  const requests: DoorRequest[] = [];
  const markers = new Set<string>();
  const get = (path: string, editorReads: boolean) => requests.push({ method: 'GET', path, editorReads });
  for (const slug of [...editorialSlugs, 'media'] as const) {
    const list = await editorGet(url, token, `/api/${slug}?limit=100&depth=0&draft=true`);
    if (!list.docs.length) throw new Error(`The CMS holds no ${slug} to try the doors with.`);
    get(`/api/${slug}?limit=100&depth=0`, true);
    get(`/api/${slug}?limit=100&draft=true&locale=all`, true);
    get(`/api/${slug}?where[id][exists]=true&depth=2`, true);
    get(`/api/${slug}/count`, true);
    // Payload reads a POST with this header as a GET whose query is the body (long `where` clauses).
    requests.push({
      method: 'POST',
      path: `/api/${slug}`,
      body: 'limit=100&depth=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET' },
      editorReads: true,
    });
    for (const doc of list.docs.slice(0, 3)) {
      get(`/api/${slug}/${doc.id}`, true);
      get(`/api/${slug}/${doc.id}?draft=true&locale=all&depth=2`, true);
      if (typeof doc.key === 'string') markers.add(doc.key);
    }
    if (slug === 'media') {
      get('/api/media?where[mimeType][equals]=application/pdf', true);
      for (const doc of list.docs) {
        markers.add(doc.filename);
        get(`/api/media/file/${encodeURIComponent(doc.filename)}`, true);
      }
      continue;
    }
    get(`/api/${slug}?where[_status][equals]=published&limit=100`, true);
    get(`/api/${slug}?where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published`, true);
    const versions = await editorGet(url, token, `/api/${slug}/versions?limit=5&depth=0`);
    get(`/api/${slug}/versions?limit=100`, true);
    for (const version of versions.docs.slice(0, 2)) get(`/api/${slug}/versions/${version.id}`, true);
  }
  const users = await editorGet(url, token, '/api/users?limit=100&depth=0');
  get('/api/users?limit=100', true);
  for (const user of users.docs) {
    markers.add(user.email);
    get(`/api/users/${user.id}`, true);
  }
  for (const slug of systemSlugs.slice(1)) {
    get(`/api/${slug}?limit=100&depth=2`, false);
    get(`/api/${slug}/1`, false);
  }
  // The Reports view's downloads: figures from the register and the trainings, for coordinators, editors and admins.
  get('/api/reports/prevention.csv?period=this-year', true);
  get('/api/reports/coverage.csv?period=this-year', true);
  get('/api/payload-preferences/nav', false);
  get('/api/payload-jobs?where[queue][exists]=true', false);
  requests.push({
    method: 'POST',
    path: '/api/graphql',
    body: JSON.stringify({ query: '{ SupportResources { docs { id } } }' }),
    editorReads: false,
  });
  // Markers must be specific enough not to appear in an error message by chance.
  return { requests, markers: [...markers].filter((marker) => marker.length >= 6) };
}

/** Payload answers these to anyone, by design, without a document: who is signed in (nobody), and what nobody may do. */
const publicByDesign = new Set(['/api/users/me', '/api/access', '/api/users/init']);

/** A signed-in user's own preferences: to nobody, Payload answers "not found" with a 200. */
const emptyPreference = (answer: DoorAnswer) =>
  answer.request.path.startsWith('/api/payload-preferences/') && /"value":null/.test(answer.body);

export interface DoorAnswer {
  request: DoorRequest;
  status: number;
  body: string;
}

export async function knock(url: string, request: DoorRequest, token?: string): Promise<DoorAnswer> {
  const headers: Record<string, string> = {
    ...(token ? authorization(token) : {}),
    ...(request.body ? { 'content-type': 'application/json' } : {}),
    ...request.headers,
  };
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers,
    ...(request.body ? { body: request.body } : {}),
    redirect: 'manual',
  });
  return { request, status: response.status, body: await response.text() };
}

/** What an anonymous answer gives away: a success status, a document list, or any of the markers. */
export function leaks(answer: DoorAnswer, markers: string[]): string[] {
  const found: string[] = [];
  const where = `${answer.request.method} ${answer.request.path}`;
  if (answer.status < 400 && !publicByDesign.has(answer.request.path) && !emptyPreference(answer))
    found.push(`${where}: HTTP ${answer.status}`);
  if (/"docs"\s*:\s*\[\s*\{/.test(answer.body) || /"totalDocs"\s*:\s*[1-9]/.test(answer.body))
    found.push(`${where}: documents in the answer`);
  if (answer.body.startsWith('%PDF')) found.push(`${where}: a file in the answer`);
  for (const marker of markers) if (answer.body.includes(marker)) found.push(`${where}: "${marker}" in the answer`);
  return found;
}

/**
 * Every door tried twice: anonymously (what it gives away) and with the editor's session (what it refuses).
 * Both lists are empty when the CMS's HTTP API serves CMS users only and serves them fully.
 */
export async function doorProblems(
  url: string,
  editorToken: string,
): Promise<{ leaks: string[]; refusedToEditor: string[]; tried: number }> {
  const { requests, markers } = await doorRequests(url, editorToken);
  const found: string[] = [];
  for (const request of [...requests, ...anonymousProbes]) found.push(...leaks(await knock(url, request), markers));
  const refusedToEditor: string[] = [];
  for (const request of requests.filter((candidate) => candidate.editorReads)) {
    const answer = await knock(url, request, editorToken);
    if (answer.status !== 200) refusedToEditor.push(`${request.method} ${request.path}: HTTP ${answer.status}`);
  }
  return { leaks: found, refusedToEditor, tried: requests.length };
}

/** The test both admin suites make: over a hundred routes tried, nothing given away, nothing refused to the editor. */
export async function expectDoorsClosedExceptToCmsUsers(url: string, editorToken: string): Promise<void> {
  const problems = await doorProblems(url, editorToken);
  expect(problems.tried).toBeGreaterThan(100);
  expect(problems.leaks).toEqual([]);
  expect(problems.refusedToEditor).toEqual([]);
}

export const anonymousProbes: DoorRequest[] = [...publicByDesign].map((path) => ({
  method: 'GET',
  path,
  editorReads: false,
}));

/**
 * What a browser gets from the admin: pages that no other site may frame, answers that no shared cache
 * keeps, HTTPS only from then on (HSTS), and a moderation endpoint that takes JSON only (a cross-site form cannot send JSON without a
 * preflight, so SameSite cookies are not the only guard).
 */
export async function hardeningProblems(url: string, editorToken: string): Promise<string[]> {
  const problems: string[] = [];
  for (const path of ['/admin/login', '/admin', '/api/users/me', '/api/support-resources']) {
    const response = await fetch(`${url}${path}`, { redirect: 'manual' });
    const headers = response.headers;
    if (headers.get('x-frame-options') !== 'DENY')
      problems.push(`${path}: X-Frame-Options is ${headers.get('x-frame-options')}`);
    if (!/frame-ancestors 'none'/.test(headers.get('content-security-policy') ?? ''))
      problems.push(`${path}: no CSP frame-ancestors 'none'`);
    if (!/no-store/.test(headers.get('cache-control') ?? ''))
      problems.push(`${path}: Cache-Control is ${headers.get('cache-control')}`);
    if (headers.get('strict-transport-security') !== 'max-age=31536000; includeSubDomains')
      problems.push(`${path}: Strict-Transport-Security is ${headers.get('strict-transport-security')}`);
  }
  const decision = JSON.stringify({ decision: 'association:approve', id: 'a-0000000000000000000000' });
  const asText = await fetch(`${url}/api/moderation`, {
    method: 'POST',
    headers: { authorization: `JWT ${editorToken}`, 'content-type': 'text/plain' },
    body: decision,
  });
  if (asText.status !== 415) problems.push(`POST /api/moderation as text/plain: HTTP ${asText.status}`);
  const asForm = await fetch(`${url}/api/moderation`, {
    method: 'POST',
    headers: { authorization: `JWT ${editorToken}` },
    body: new URLSearchParams({ decision: 'association:approve', id: 'x' }),
  });
  if (asForm.status !== 415) problems.push(`POST /api/moderation as a form: HTTP ${asForm.status}`);
  return problems;
}
