import { createHmac } from 'node:crypto';
import type { Viewer } from '../auth/viewer.js';
import type { Db } from '../data/db.js';
import type { ItemLoader } from '../data/loaders.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRegistrationItem } from '../data/entities/training-registration.js';
import { isPossibleId } from '../domain/identifiers.js';
import { notFound } from '../domain/errors.js';
import { slugPattern } from '../tenancy/request-tenant.js';

/** What the training registration's operations need: the API's resolvers and the commands pass it. */
export interface TrainingContext {
  db: Db;
  tenant: string;
  viewer: Viewer;
  now: Date;
  /** The deployment's secret that keys the person hash (the cursor secret, under a label of its own). */
  cursorSecret: string;
}

/** A request's reads beside the fields it answers: related items batched per resolver level (the API's context has it). */
export interface TrainingReadContext extends TrainingContext {
  items: ItemLoader;
}

/**
 * A registration's id: its training and ticket, opaque to clients (base64url), so that one registration
 * is one GetItem in its training's partition. A shared training's registration (sharing.ts) names its
 * municipality too: the organiser's coordinator reaches it from another municipality.
 */
export const registrationIdOf = (registration: {
  trainingKey: string;
  ticket: string;
  tenant?: string;
  organiser?: string | undefined;
}) =>
  Buffer.from(
    [registration.trainingKey, registration.ticket, ...(registration.organiser ? [registration.tenant] : [])].join(
      '\n',
    ),
  ).toString('base64url');

export function registrationKeyOf(id: string): { trainingKey: string; ticket: string; tenant?: string } | null {
  if (!/^[A-Za-z0-9_-]{4,400}$/.test(id)) return null;
  const [trainingKey, ticket, tenant, ...rest] = Buffer.from(id, 'base64url').toString('utf8').split('\n');
  if (!trainingKey || !ticket || rest.length > 0 || !isPossibleId(trainingKey)) return null;
  if (tenant === undefined) return { trainingKey, ticket };
  return slugPattern.test(tenant) ? { trainingKey, ticket, tenant } : null;
}

/**
 * The person behind a subject as a keyed hash: coverage counts distinct people by it, and it is what
 * stays when a registration is anonymised (no name, e-mail or subject can be read back from it).
 */
export const personOf = (secret: string, tenant: string, subject: string) =>
  createHmac('sha256', secret)
    .update(`training-person\u0000${tenant}\u0000${subject}`)
    .digest('base64url')
    .slice(0, 22);

// mutations: the training as it is now, staff copy (strongly consistent)
export async function currentTraining(
  context: Pick<TrainingContext, 'db' | 'tenant'>,
  key: string,
): Promise<TrainingItem | null> {
  if (!isPossibleId(key)) return null;
  const { data } = await context.db.entities.training
    .get({ tenant: context.tenant, scope: 'staff', key })
    .go({ consistent: true });
  return data;
}

// mutations: one registration by id (strongly consistent); another municipality's only for its training's organiser
export async function currentRegistration(
  context: Pick<TrainingContext, 'db' | 'tenant'>,
  id: string,
): Promise<TrainingRegistrationItem> {
  const key = registrationKeyOf(id);
  if (!key)
    throw notFound({
      sv: 'Det finns ingen anmälan till utbildning med detta id.',
      en: 'No training registration with this id.',
    });
  const { data } = await context.db.entities.trainingRegistration
    .get({ tenant: key.tenant ?? context.tenant, trainingKey: key.trainingKey, ticket: key.ticket })
    .go({ consistent: true });
  if (!data || (data.tenant !== context.tenant && data.organiser !== context.tenant))
    throw notFound({
      sv: 'Det finns ingen anmälan till utbildning med detta id.',
      en: 'No training registration with this id.',
    });
  return data;
}

/** Whether staff may register now: editors have not closed it, Värna takes its registrations, and it has not started. */
export const registrationOpen = (
  training: Pick<TrainingItem, 'registrationOpen' | 'registrationUrl' | 'startsAt'>,
  now: Date,
) => training.registrationOpen !== false && !training.registrationUrl && Date.parse(training.startsAt) > now.getTime();

/** The end of a training: its end, or its start when it has none. */
export const trainingEnd = (training: Pick<TrainingItem, 'startsAt' | 'endsAt'>) =>
  training.endsAt ?? training.startsAt;
