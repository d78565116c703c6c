import type { PayloadRequest } from 'payload';
import { rollOf } from '../../functions/training/reads.js';
import { municipalityOfTraining, trainingContextOf } from './participants-data.js';

/** A training as the dashboard lists it (a `Listed` of cms/attention/attention.ts, which imports this). */
export interface TrainingToCallTheRoll {
  collection: 'trainings';
  id: number;
  title: string;
  at: string;
  view: '/participants';
  roll: { registered: number; attended: number };
}

const RECENT_DAYS = 14;
const LIST = 10;

/**
 * The dashboard's part for coordinators: published trainings that started in the last two weeks and take
 * registrations in Värna, newest first, each with its roll's count and how many were marked as attended,
 * leading to its Deltagare tab.
 */
export async function trainingsToCallTheRoll(
  req: Pick<PayloadRequest, 'payload' | 'user'>,
  now: Date,
): Promise<TrainingToCallTheRoll[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const { docs } = await req.payload.find({
    collection: 'trainings',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { startsAt: { greater_than: since } },
        { startsAt: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: '-startsAt',
    limit: LIST,
    depth: 0,
    locale: 'sv',
    overrideAccess: true,
  });
  const inVarna = docs.filter((doc) => doc.key && !doc.registrationUrl);
  // Each training's roll in its own municipality's read model (issue 32).
  const rolls = await Promise.all(
    inVarna.map(async (doc) =>
      rollOf(trainingContextOf(req, await municipalityOfTraining(req.payload, doc), now), { key: doc.key! }),
    ),
  );
  return inVarna.map((doc, index) => ({
    collection: 'trainings' as const,
    id: doc.id,
    title: doc.title,
    at: doc.startsAt,
    roll: { registered: rolls[index]?.registered ?? 0, attended: rolls[index]?.attendees?.length ?? 0 },
    view: '/participants' as const,
  }));
}
