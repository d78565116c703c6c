import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload';
import { editorialCollections } from '../../functions/content-types/index.js';
import { moderationQueue } from '../../functions/register/moderation-queue.js';
import { isScheduleCancellation } from '../hooks/cancel-outdated-schedules.js';
import { registerContextOf } from '../moderation/register-context.js';
import { cmsSettings } from '../settings.js';
import { hasRole } from '../access/roles.js';
import { trainingsToCallTheRoll } from '../trainings/attention.js';
import { staleDocuments, type StaleDocument } from './stale.js';
import { listScope, scopedWhere, withinScope } from '../tenancy/scope.js';

/** A document as the dashboard links it. */
export interface Listed {
  collection: string;
  id: number | string;
  title: string;
  /** When: last change of a draft, the scheduled moment, when a sync failed. */
  at: string | null;
  detail?: string;
  /** A scheduled publication: when the version that will go live was saved (the newest draft). */
  versionSavedAt?: string;
  /** A called-off publication: who saved the newer draft that called it off, and when. */
  cancelledBy?: string | null;
  cancelledAt?: string;
  /** The document's view the item leads to, when not its edit view (e.g. `/participants`). */
  view?: string;
  /** A training to call the roll of: its seats taken and how many were marked as attended. */
  roll?: { registered: number; attended: number };
}

/** What needs an editor's attention, for the dashboard (NeedsAttention.tsx). */
export interface Attention {
  /** Whether the user writes content: the editorial sections below are theirs to act on, nobody else's. */
  editorial: boolean;
  /** Trainings that started lately, to record who came (coordinators); null for other roles. */
  attendance: Listed[] | null;
  drafts: Listed[];
  scheduled: Listed[];
  /** Scheduled publications called off by a newer draft in the last two weeks. */
  cancelledSchedules: Listed[];
  failedSyncs: Listed[];
  register: { pendingAssociations: string[]; submittedActivities: string[] } | null;
  stale: StaleDocument[];
  staleAfterMonths: number;
}

/** A document's title, by whichever field its collection names it. */
const titleOf = (doc: { id?: string | number; title?: unknown; name?: unknown; key?: unknown }) =>
  String(doc.title ?? doc.name ?? doc.key ?? doc.id);

/** A document's title as its newest draft has it in Swedish; `fallback` when it is gone. */
async function draftTitle(
  payload: Payload,
  collection: string,
  id: string | number,
  fallback: string,
): Promise<string> {
  const doc = await payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    locale: 'sv',
    disableErrors: true,
    overrideAccess: true,
  });
  return doc ? titleOf(doc) : fallback;
}
const LIST = 10;
const CANCELLED_SHOWN_DAYS = 14;

// dashboard: the newest documents whose latest version is a draft, per editorial collection
async function drafts(payload: Payload, scope: (number | string)[] | undefined): Promise<Listed[]> {
  if (scope?.length === 0) return [];
  const found = await Promise.all(
    editorialCollections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: scopedWhere({ _status: { equals: 'draft' } }, scope),
        draft: true,
        sort: '-updatedAt',
        limit: LIST,
        depth: 0,
        locale: 'sv',
        overrideAccess: true,
      });
      return docs.map((doc) => ({ collection, id: doc.id, title: titleOf(doc), at: doc.updatedAt }));
    }),
  );
  return found
    .flat()
    .sort((a, b) => String(b.at).localeCompare(String(a.at)))
    .slice(0, LIST);
}

/** Payload's schedulePublish jobs matching `where` (the scheduled document is in each one's input). */
async function scheduleJobs(payload: Payload, where: Where[], sort: string) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, ...where] },
    sort,
    limit: LIST,
    depth: 0,
    overrideAccess: true,
  });
  return docs.flatMap((job) => {
    const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: number | string } };
    const collection = input.doc?.relationTo;
    return collection && input.doc?.value !== undefined
      ? [{ job, collection, id: input.doc.value, type: input.type === 'unpublish' ? 'unpublish' : 'publish' }]
      : [];
  });
}

// dashboard: publications and unpublications Payload has scheduled and not yet run, soonest first, each with
// what will go live: the newest draft (a newer one would have called the publication off)
async function scheduled(payload: Payload): Promise<Listed[]> {
  const jobs = await scheduleJobs(payload, [{ hasError: { not_equals: true } }], 'waitUntil');
  return Promise.all(
    jobs.map(async ({ job, collection, id, type }) => {
      const { docs: newest } = await payload.findVersions({
        collection: collection as CollectionSlug,
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        locale: 'sv',
        overrideAccess: true,
      });
      const version = newest[0];
      const title = version ? titleOf(version.version) : String(id);
      return {
        collection,
        id,
        title,
        at: job.waitUntil ?? null,
        detail: type,
        ...(type === 'publish' && version ? { versionSavedAt: version.updatedAt } : {}),
      };
    }),
  );
}

// dashboard: scheduled publications a newer draft called off (cancel-outdated-schedules.ts), newest first
async function cancelledSchedules(payload: Payload, now: Date): Promise<Listed[]> {
  const since = new Date(now.getTime() - CANCELLED_SHOWN_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const jobs = await scheduleJobs(
    payload,
    [{ hasError: { equals: true } }, { updatedAt: { greater_than: since } }],
    '-updatedAt',
  );
  const listed = await Promise.all(
    jobs.map(async ({ job, collection, id }) => {
      if (!isScheduleCancellation(job.error)) return null;
      return {
        collection,
        id,
        title: await draftTitle(payload, collection, id, String(id)),
        at: job.error.scheduledFor ?? null,
        cancelledBy: job.error.savedBy,
        cancelledAt: job.error.savedAt,
      };
    }),
  );
  return listed.filter((item): item is NonNullable<typeof item> => item !== null);
}

// dashboard: documents whose last sync to the API failed (document-sync), newest first
async function failedSyncs(payload: Payload): Promise<Listed[]> {
  const { docs } = await payload.find({
    collection: 'document-sync',
    where: { state: { equals: 'failed' } },
    sort: '-changedAt',
    limit: LIST,
    depth: 0,
    overrideAccess: true,
  });
  const listed = await Promise.all(
    docs.map(async (sync) => {
      const [collection, id] = sync.document.split(':') as [string, string];
      return {
        collection,
        id,
        title: await draftTitle(payload, collection, id, sync.document),
        at: sync.changedAt,
        detail: sync.error ?? undefined,
      };
    }),
  );
  return listed;
}

/**
 * Everything the dashboard lists, each part for those who can act on it: the editorial parts for those who
 * write content (a coordinator would find only documents they may not open), the register's queue for those
 * who moderate, the trainings to call the roll of for coordinators.
 */
export async function needsAttention(req: PayloadRequest, now = new Date()): Promise<Attention> {
  const { payload } = req;
  const context = await registerContextOf(req);
  const months = cmsSettings.staleAfterMonths();
  const editorial = hasRole(req.user, 'admin', 'editor', 'contributor');
  const none = Promise.resolve([]);
  // The user's municipalities' documents only (issue 32): these reads override access.
  const scope = listScope(req.user);
  const [draftList, scheduledList, cancelledList, failedList, queue, stale, attendance] = await Promise.all([
    editorial ? drafts(payload, scope) : none,
    editorial ? scheduled(payload).then((items) => withinScope(payload, items, scope)) : none,
    editorial ? cancelledSchedules(payload, now).then((items) => withinScope(payload, items, scope)) : none,
    editorial ? failedSyncs(payload).then((items) => withinScope(payload, items, scope)) : none,
    context.viewer.role === 'MODERATOR' ? moderationQueue(context) : Promise.resolve(null),
    editorial ? staleDocuments(payload, now, months, LIST, scope) : none,
    hasRole(req.user, 'coordinator') ? trainingsToCallTheRoll(req, now) : Promise.resolve(null),
  ]);
  return {
    editorial,
    attendance,
    drafts: draftList,
    scheduled: scheduledList,
    cancelledSchedules: cancelledList,
    failedSyncs: failedList,
    register: queue
      ? {
          pendingAssociations: queue.associations.map((association) => association.name),
          submittedActivities: queue.activities.map((activity) => activity.title),
        }
      : null,
    stale,
    staleAfterMonths: months,
  };
}
