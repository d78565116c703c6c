import type { Endpoint } from 'payload';
import { DomainError } from '../../functions/domain/errors.js';
import * as activities from '../../functions/register/activities.js';
import * as associations from '../../functions/register/associations.js';
import { registerContextOf } from './register-context.js';

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

const decisions = {
  'association:approve': (context, id, version) => associations.approveAssociation(context, id, version),
  'association:reject': (context, id, version, reason) => associations.rejectAssociation(context, id, version, reason),
  'change:approve': (context, id, version) => associations.approveAssociationChange(context, id, version),
  'change:reject': (context, id, version, reason) => associations.rejectAssociationChange(context, id, version, reason),
  'activity:publish': (context, id, version) => activities.publishActivity(context, id, version),
  'activity:reject': (context, id, version, reason) => activities.rejectActivity(context, id, version, reason),
} satisfies Record<
  string,
  (
    context: Awaited<ReturnType<typeof registerContextOf>>,
    id: string,
    version: number,
    reason: string,
  ) => Promise<{ id: string; status: string }>
>;

/**
 * POST /api/moderation {decision, id, version, reason}: the moderation view's buttons, each naming the
 * version the moderator was shown. It calls the register's core code, which checks the role, the state
 * machine and that version exactly as the API does.
 */
export const moderationEndpoint: Endpoint = {
  path: '/moderation',
  method: 'post',
  handler: async (req) => {
    // Only JSON: a cross-site form can send text/plain without a preflight, but never application/json.
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) {
      return Response.json({ error: 'Send the decision as application/json.' }, { status: 415 });
    }
    const body = (await req.json?.().catch(() => null)) as {
      decision?: string;
      id?: string;
      version?: unknown;
      reason?: string;
    } | null;
    const decide = body?.decision ? decisions[body.decision as keyof typeof decisions] : undefined;
    if (!decide || typeof body?.id !== 'string' || !Number.isSafeInteger(body.version)) {
      return Response.json(
        { error: 'Send {decision, id, version, reason?}: version is the version you were shown.' },
        { status: 400 },
      );
    }
    try {
      const result = await decide(await registerContextOf(req), body.id, body.version as number, body.reason ?? '');
      return Response.json({ id: result.id, status: result.status });
    } catch (error) {
      if (error instanceof DomainError && statusOf[error.code]) {
        return Response.json(
          { error: error.messageIn(req.i18n?.language === 'en' ? 'en' : 'sv'), code: error.code, field: error.field },
          { status: statusOf[error.code] },
        );
      }
      throw error;
    }
  },
};
