import { requireCoordinator } from '../auth/policies.js';
import type { DepartmentItem } from '../data/entities/department.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { TrainingRollItem } from '../data/entities/training-roll.js';
import { trainingAudiences } from '../domain/vocabulary.js';
import { trainingEnd, type TrainingContext, type TrainingReadContext } from './context.js';
import { reportWindow, type ReportWindow } from './validation.js';

/** The longest a training may run (start to end): how far before a window a training that ends in it may start. */
export const MAX_TRAINING_DAYS = 31;

type Audience = (typeof trainingAudiences)[number];

/** What coverage and the report need of a training (projected: a year holds hundreds of trainings). */
export type HeldTraining = Pick<TrainingItem, 'key' | 'startsAt' | 'endsAt' | 'audience' | 'district'>;

// coverage, report: trainings (staff copies, every visibility) that ended in [from, to): one ranged Query on start time
export async function trainingsEndedIn(context: TrainingReadContext, window: ReportWindow): Promise<HeldTraining[]> {
  const earliestStart = new Date(Date.parse(window.from) - MAX_TRAINING_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const { data } = await context.db.entities.training.query
    .list({ tenant: context.tenant, scope: 'staff' })
    .between({ listOrder: earliestStart }, { listOrder: window.to })
    .go({ pages: 'all', attributes: ['key', 'startsAt', 'endsAt', 'audience', 'district'] });
  return data.filter((training) => {
    const end = Date.parse(trainingEnd(training));
    return end >= Date.parse(window.from) && end < Date.parse(window.to);
  });
}

// coverage, report: the trainings' rolls (who attended), batched by the request's loader (BatchGetItem of 100)
export async function rollsOf(
  context: TrainingReadContext,
  trainings: HeldTraining[],
): Promise<(TrainingRollItem | null)[]> {
  return (await Promise.all(
    trainings.map((training) =>
      context.items.load({ entity: 'trainingRoll', key: { tenant: context.tenant, trainingKey: training.key } }),
    ),
  )) as (TrainingRollItem | null)[];
}

// coverage, registration: every department by name (a short reference list)
export async function allDepartments(context: Pick<TrainingContext, 'db' | 'tenant'>): Promise<DepartmentItem[]> {
  const { data } = await context.db.entities.department.query.list({ tenant: context.tenant }).go({ pages: 'all' });
  return data;
}

/** Attendance in a window: distinct people per department and audience, and distinct people in all. */
export interface Attendance {
  trainings: HeldTraining[];
  /** department → audience → people (keyed hashes) */
  people: Map<string, Map<Audience, Set<string>>>;
  everyone: Set<string>;
}

async function readAttendance(context: TrainingReadContext, window: ReportWindow): Promise<Attendance> {
  const trainings = await trainingsEndedIn(context, window);
  const rolls = await rollsOf(context, trainings);
  const people = new Map<string, Map<Audience, Set<string>>>();
  const everyone = new Set<string>();
  trainings.forEach((training, index) => {
    for (const attendee of rolls[index]?.attendees ?? []) {
      const [person, department] = attendee.split('|') as [string, string];
      everyone.add(person);
      const byAudience = people.get(department) ?? new Map<Audience, Set<string>>();
      people.set(department, byAudience);
      const set = byAudience.get(training.audience) ?? new Set<string>();
      byAudience.set(training.audience, set);
      set.add(person);
    }
  });
  return { trainings, people, everyone };
}

/** A request's attendance per window: coverage and the report asked in one request (or one Reports view) read it once. */
const attendanceOfRequest = new WeakMap<TrainingReadContext, Map<string, Promise<Attendance>>>();

export function attendanceIn(context: TrainingReadContext, window: ReportWindow): Promise<Attendance> {
  const known = attendanceOfRequest.get(context) ?? new Map<string, Promise<Attendance>>();
  attendanceOfRequest.set(context, known);
  const key = `${window.from}\u0000${window.to}`;
  if (!known.has(key)) known.set(key, readAttendance(context, window));
  return known.get(key)!;
}

export interface CoverageRow {
  department: DepartmentItem;
  audience: Audience;
  trained: number;
  target: number | null;
}

/**
 * The competence plan's coverage for [from, to): for every department, each audience it has a target for
 * or had people trained in, the distinct people who attended a training for that audience that ended in
 * the window. Departments by name, audiences in the plan's order.
 */
export async function trainingCoverage(context: TrainingReadContext, from: string, to: string): Promise<CoverageRow[]> {
  requireCoordinator(context.viewer);
  const window = reportWindow(from, to);
  const [attendance, departments] = await Promise.all([attendanceIn(context, window), allDepartments(context)]);
  return departments.flatMap((department) =>
    trainingAudiences.flatMap((audience) => {
      const target = department.trainingTargets.find((entry) => entry.audience === audience)?.count ?? null;
      const trained = attendance.people.get(department.key)?.get(audience)?.size ?? 0;
      return target === null && trained === 0 ? [] : [{ department, audience, trained, target }];
    }),
  );
}
