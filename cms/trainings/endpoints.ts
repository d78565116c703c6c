import type { Endpoint, PayloadRequest } from 'payload';
import { DomainError } from '../../functions/domain/errors.js';
import { recordAttendance } from '../../functions/training/attendance.js';
import { registrationKeyOf } from '../../functions/training/context.js';
import { canManageParticipants } from '../access/can-manage-participants.js';
import { inLanguage, type Text } from '../i18n/labels.js';
import { participantsCsv } from './csv.js';
import {
  municipalityOfTraining,
  participantsOf,
  trainingContextOf,
  type TrainingDocument,
} from './participants-data.js';
import { words } from './words.js';

const answer = (req: PayloadRequest, message: Text, status: number, extra: Record<string, unknown> = {}) =>
  Response.json(
    { error: inLanguage(message, req.i18n?.language), ...extra },
    { status, headers: { 'cache-control': 'no-store' } },
  );

/** The training of the route, as the caller may read it (null: no such training, or not theirs to read). */
async function trainingOf(req: PayloadRequest): Promise<TrainingDocument | null> {
  const id = req.routeParams?.id;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  return (await req.payload.findByID({
    collection: 'trainings',
    id,
    depth: 0,
    draft: true,
    locale: 'sv',
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  })) as TrainingDocument | null;
}

/** Who may: a refusal in the admin's language, or nothing. */
const refusal = (req: PayloadRequest) =>
  !req.user
    ? answer(req, words.signIn, 401)
    : !canManageParticipants(req.user)
      ? answer(req, words.notAllowed, 403)
      : null;

/** GET /api/trainings/:id/participants.csv: the roll and the waiting list as the Deltagare tab shows them. */
const participantsCsvEndpoint: Endpoint = {
  path: '/:id/participants.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refusal(req);
    if (refused) return refused;
    const training = await trainingOf(req);
    if (!training) return answer(req, words.noTraining, 404);
    const participants = await participantsOf(req, training, 'sv');
    return new Response(participantsCsv(participants), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="deltagare-${training.key ?? training.id}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
};

/** The domain's refusals in the admin's words (its own messages are the API's, in English). */
function refusalOf(error: DomainError): [Text, number] {
  if (error.code === 'NOT_FOUND') return [words.noRegistration, 404];
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') return [words.notAllowed, 403];
  if (/not started/.test(error.message)) return [words.notStarted, 409];
  if (/registered people only/.test(error.message)) return [words.notRegistered, 409];
  return [words.changed, 409];
}

/**
 * POST /api/trainings/:id/attendance {registrationId, attended}: the tab's check boxes. It records through the
 * training domain's `recordAttendance`, as the API's mutation does (same checks: a seat, a started training),
 * and answers the saved state.
 */
const attendanceEndpoint: Endpoint = {
  path: '/:id/attendance',
  method: 'post',
  handler: async (req) => {
    const refused = refusal(req);
    if (refused) return refused;
    // Only JSON: a cross-site form can send text/plain without a preflight, but never application/json.
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) return answer(req, words.sendJson, 415);
    const body = (await req.json?.().catch(() => null)) as { registrationId?: unknown; attended?: unknown } | null;
    if (typeof body?.registrationId !== 'string' || typeof body.attended !== 'boolean')
      return answer(req, words.badInput, 400);
    const training = await trainingOf(req);
    if (!training) return answer(req, words.noTraining, 404);
    // A registration of another training is not this tab's to change.
    if (!training.key || registrationKeyOf(body.registrationId)?.trainingKey !== training.key)
      return answer(req, words.noRegistration, 404);
    try {
      const context = trainingContextOf(req, await municipalityOfTraining(req.payload, training));
      const saved = await recordAttendance(context, body.registrationId, body.attended);
      return Response.json(
        { registrationId: body.registrationId, attended: saved.attended },
        { headers: { 'cache-control': 'no-store' } },
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [message, status] = refusalOf(error);
      return answer(req, message, status, { code: error.code });
    }
  },
};

export const participantEndpoints: Endpoint[] = [participantsCsvEndpoint, attendanceEndpoint];
