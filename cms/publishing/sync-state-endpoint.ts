import type { CollectionSlug, Endpoint } from 'payload';
import { describeSyncState, isSyncPending } from './describe-sync-state.js';
import { readSyncState } from './sync-state.js';

/**
 * GET /api/{collection}/{id}/sync-state (CMS users who may read the document): where the document stands
 * on its way to the website, as the edit view's sidebar line says it, in the admin's language. The line
 * asks again after every save, publish and unpublish, and while the sync is under way.
 */
export const syncStateEndpoint: Endpoint = {
  path: '/:id/sync-state',
  method: 'get',
  handler: async (req) => {
    const collection = req.routeParams?.collection as CollectionSlug | undefined;
    const id = req.routeParams?.id;
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to the CMS.' }] }, { status: 403 });
    if (!collection || typeof id !== 'string')
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 });
    const doc = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
    });
    if (!doc) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 });
    const state = await readSyncState(req.payload, collection, id);
    return Response.json(
      { ...describeSyncState(state, req.i18n?.language), pending: isSyncPending(state) },
      { headers: { 'cache-control': 'no-store' } },
    );
  },
};
