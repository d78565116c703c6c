import type { Endpoint } from 'payload';
import { DomainError } from '../../functions/domain/errors.js';
import * as activities from '../../functions/register/activities.js';
import * as associations from '../../functions/register/associations.js';
import { registerContextOf } from './register-context.js';

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 };

const decisions = {
  'association:approve': (context, id) => associations.approveAssociation(context, id),
  'association:reject': (context, id, reason) => associations.rejectAssociation(context, id, reason),
  'change:approve': (context, id) => associations.approveAssociationChange(context, id),
  'change:reject': (context, id, reason) => associations.rejectAssociationChange(context, id, reason),
  'activity:publish': (context, id) => activities.publishActivity(context, id),
  'activity:reject': (context, id, reason) => activities.rejectActivity(context, id, reason),
} satisfies Record<string, (context: ReturnType<typeof registerContextOf>, id: string, reason: string) => Promise<{ id: string; status: string }>>;

/**
 * POST /api/moderation {decision, id, reason}: the moderation view's buttons. It calls the register's
 * core code, which checks the role, the state machine and the version exactly as the API does.
 */
export const moderationEndpoint: Endpoint = {
  path: '/moderation',
  method: 'post',
  handler: async (req) => {
    // Only JSON: a cross-site form can send text/plain without a preflight, but never application/json.
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) {
      return Response.json({ error: 'Send the decision as application/json.' }, { status: 415 });
    }
    const body = (await req.json?.().catch(() => null)) as { decision?: string; id?: string; reason?: string } | null;
    const decide = body?.decision ? decisions[body.decision as keyof typeof decisions] : undefined;
    if (!decide || typeof body?.id !== 'string') return Response.json({ error: 'Send {decision, id, reason?}.' }, { status: 400 });
    try {
      const result = await decide(registerContextOf(req), body.id, body.reason ?? '');
      return Response.json({ id: result.id, status: result.status });
    } catch (error) {
      if (error instanceof DomainError && statusOf[error.code]) {
        return Response.json({ error: error.message, code: error.code }, { status: statusOf[error.code] });
      }
      throw error;
    }
  },
};
