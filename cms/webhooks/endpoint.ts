import type { Endpoint } from 'payload';
import { resendWebhook } from '../../functions/webhooks/deliver.js';
import { canManageWebhooks } from '../access/can-manage-webhooks.js';
import { municipalityOfRequest } from '../tenancy/request-municipality.js';
import { readModelTarget } from '../publishing/read-model-target.js';

/** POST /api/webhooks/resend {id}: the Webhooks view's button (admins). The sender's next sweep delivers it. */
export const resendWebhookEndpoint: Endpoint = {
  path: '/webhooks/resend',
  method: 'post',
  handler: async (req) => {
    if (!canManageWebhooks(req.user))
      return Response.json({ error: 'Only admins may resend webhooks.' }, { status: req.user ? 403 : 401 });
    // Only JSON: a cross-site form can send text/plain without a preflight, but never application/json.
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
      return Response.json({ error: 'Send {id} as application/json.' }, { status: 415 });
    const body = (await req.json?.().catch(() => null)) as { id?: unknown } | null;
    if (typeof body?.id !== 'string' || !/^msg_[a-z0-9_-]{1,120}$/.test(body.id))
      return Response.json({ error: 'Send {id}: a delivery id (msg_…).' }, { status: 400 });
    const { db } = readModelTarget();
    const tenant = await municipalityOfRequest(req);
    const delivery = await resendWebhook(db, tenant, body.id, new Date());
    if (!delivery) return Response.json({ error: 'No such delivery.' }, { status: 404 });
    return Response.json({ id: delivery.id, status: delivery.status });
  },
};
