import { headersWithCors, restoreVersionOperation, type Endpoint } from 'payload';

/**
 * Replaces Payload's "restore this version" (POST /api/{collection}/versions/{id}; a collection's own
 * endpoints are matched before Payload's): the version comes back as a new draft with all its locales,
 * whatever the admin asked, so a restore never changes what is live by itself.
 */
export const restoreVersionAsDraft: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection;
    const collection = typeof slug === 'string' ? req.payload.collections[slug as keyof typeof req.payload.collections] : undefined;
    const id = req.routeParams?.id;
    if (!collection || typeof id !== 'string') return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 });
    const result = await restoreVersionOperation({ id, collection, depth: 0, draft: true, req, overrideAccess: false });
    return Response.json({ ...result, message: 'Restored as a draft: review it and publish it to make it live.' }, { headers: headersWithCors({ headers: new Headers(), req }) });
  },
};
