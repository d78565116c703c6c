import type { CollectionSlug, Endpoint } from 'payload';
import { isEditorialCollection } from '../../functions/content-types/index.js';
import { hasRole } from '../access/roles.js';
import { queueSync } from '../publishing/queue-sync-hooks.js';

/**
 * POST /api/retry-sync {document: "support-resources:12"} (admins, JSON only): queues a failed document's
 * sync to the API again, at its current revision, as a save would. The dashboard's retry button.
 */
export const retrySyncEndpoint: Endpoint = {
  path: '/retry-sync',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin'))
      return Response.json({ error: 'Only admins retry failed publications.' }, { status: 403 });
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
      return Response.json({ error: 'Send application/json.' }, { status: 415 });
    const body = (await req.json?.().catch(() => null)) as { document?: unknown } | null;
    const [collection, id] = typeof body?.document === 'string' ? body.document.split(':') : [];
    if (!collection || !id || !isEditorialCollection(collection))
      return Response.json({ error: 'Send {document: "<collection>:<id>"}.' }, { status: 400 });
    const doc = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      draft: false,
      disableErrors: true,
      overrideAccess: true,
      req,
    });
    if (!doc) return Response.json({ error: 'No such document.' }, { status: 404 });
    await queueSync(
      collection as CollectionSlug,
      doc as { id: unknown; key?: unknown },
      Date.parse(String((doc as { updatedAt?: string }).updatedAt)) || Date.now(),
      req,
    );
    return Response.json({ queued: body!.document });
  },
};
