/**
 * An editor's publishes through the CMS: logged into the REST API as the local admin, the requests the admin's
 * save button sends. The soak publishes a page and a support resource of its own (created on the first run, then
 * changed), so that it never rewrites the content of the `npm run dev` it runs against.
 */
import { DEV_ADMIN } from '../../cms/dev-admin.js';
import type { Outcome } from './outcome.js';

export const SOAK_DOCUMENTS = [
  { collection: 'pages', key: 'soak-sida', query: 'Page' },
  { collection: 'support-resources', key: 'soak-stod', query: 'SupportResource' },
] as const;
export type SoakDocument = (typeof SOAK_DOCUMENTS)[number];

export interface CmsEditor {
  /** Publishes `title` on `document`: what the editor waits for before the admin says "published". */
  publish: (document: SoakDocument, title: string) => Promise<Outcome>;
}

async function cmsJson<T>(url: string, init: RequestInit, timeoutMs: number): Promise<T> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

export async function loginAsEditor(cmsUrl: string, timeoutMs: number): Promise<CmsEditor> {
  const login = () =>
    cmsJson<{ token: string }>(
      `${cmsUrl}/api/users/login`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) },
      timeoutMs,
    ).then(({ token }) => token);
  let token = await login();
  const headers = () => ({ 'content-type': 'application/json', authorization: `JWT ${token}` });
  const ids = new Map<string, string | number>();
  for (const document of SOAK_DOCUMENTS) {
    const found = await cmsJson<{ docs: { id: string | number }[] }>(
      `${cmsUrl}/api/${document.collection}?where[key][equals]=${document.key}&limit=1&depth=0`,
      { headers: headers() },
      timeoutMs,
    );
    const id =
      found.docs[0]?.id ??
      (
        await cmsJson<{ doc: { id: string | number } }>(
          `${cmsUrl}/api/${document.collection}`,
          {
            method: 'POST',
            headers: headers(),
            body: JSON.stringify({ key: document.key, visibility: 'PUBLIC', title: 'Soak', _status: 'published' }),
          },
          timeoutMs,
        )
      ).doc.id;
    ids.set(document.key, id);
  }
  const patch = (document: SoakDocument, title: string) =>
    fetch(`${cmsUrl}/api/${document.collection}/${ids.get(document.key)}?depth=0`, {
      method: 'PATCH',
      headers: headers(),
      body: JSON.stringify({ title, _status: 'published' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  return {
    publish: async (document, title) => {
      try {
        let response = await patch(document, title);
        // Payload's session lasts two hours by default; log in again as the admin would.
        if (response.status === 401) {
          token = await login();
          response = await patch(document, title);
        }
        await response.arrayBuffer();
        return response.ok ? { kind: 'ok' } : { kind: 'failed', what: `HTTP ${response.status}` };
      } catch (error) {
        if (!(error instanceof Error) || !['TimeoutError', 'TypeError'].includes(error.name)) throw error;
        return {
          kind: 'failed',
          what: `no answer: ${error.message} (${String((error.cause as Error | undefined)?.message)})`,
        };
      }
    },
  };
}
