import type { Endpoint } from 'payload';
import { inLanguage } from '../i18n/labels.js';
import { actOnStale, StaleActionError } from './stale-actions.js';

/**
 * POST /api/stale-action {document: "support-resources:12", action: "verify" | "own"} (editors and admins,
 * JSON only): the dashboard's "Kontrollerad nu" and "Jag ansvarar" (cms/attention/stale-actions.ts). It
 * answers {message} or {error} in the editor's admin language.
 */
export const staleActionEndpoint: Endpoint = {
  path: '/stale-action',
  method: 'post',
  handler: async (req) => {
    const language = req.i18n?.language;
    // Only JSON: a cross-site form can send text/plain without a preflight, but never application/json.
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
      return Response.json({ error: 'Send application/json.' }, { status: 415 });
    const body = (await req.json?.().catch(() => null)) as { document?: unknown; action?: unknown } | null;
    try {
      const done = await actOnStale(req, body?.document, body?.action);
      return Response.json({ message: inLanguage(done.said, language) });
    } catch (error) {
      if (error instanceof StaleActionError)
        return Response.json({ error: inLanguage(error.said, language) }, { status: error.status });
      throw error;
    }
  },
};
