import type { Payload, PayloadRequest } from 'payload';
import { editorialCollections } from '../../functions/content-types/index.js';
import { moderationQueue } from '../../functions/register/moderation-queue.js';
import { registerContextOf } from '../moderation/register-context.js';
import { cmsSettings } from '../settings.js';
import { staleDocuments, type StaleDocument } from './stale.js';

/** A document as the dashboard links it. */
export interface Listed {
  collection: string;
  id: number | string;
  title: string;
  /** When: last change of a draft, the scheduled moment, when a sync failed. */
  at: string | null;
  detail?: string;
}

/** What needs an editor's attention, for the dashboard (NeedsAttention.tsx). */
export interface Attention {
  drafts: Listed[];
  scheduled: Listed[];
  failedSyncs: Listed[];
  register: { pendingAssociations: string[]; submittedActivities: string[] } | null;
  stale: StaleDocument[];
  staleAfterMonths: number;
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.key ?? doc.id);
const LIST = 10;

// dashboard: the newest documents whose latest version is a draft, per editorial collection
async function drafts(payload: Payload): Promise<Listed[]> {
  const found = await Promise.all(
    editorialCollections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'draft' } },
        draft: true,
        sort: '-updatedAt',
        limit: LIST,
        depth: 0,
        locale: 'sv',
        overrideAccess: true,
      });
      return docs.map((doc) => ({ collection, id: doc.id, title: titleOf(doc as never), at: doc.updatedAt }));
    }),
  );
  return found
    .flat()
    .sort((a, b) => String(b.at).localeCompare(String(a.at)))
    .slice(0, LIST);
}

// dashboard: publications and unpublications Payload has scheduled and not yet run, soonest first
async function scheduled(payload: Payload): Promise<Listed[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    sort: 'waitUntil',
    limit: LIST,
    depth: 0,
    overrideAccess: true,
  });
  const listed = await Promise.all(
    docs.map(async (job) => {
      const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: number | string } };
      const collection = input.doc?.relationTo;
      if (!collection || input.doc?.value === undefined) return null;
      const doc = await payload.findByID({ collection: collection as never, id: input.doc.value, draft: true, depth: 0, locale: 'sv', disableErrors: true, overrideAccess: true });
      return { collection, id: input.doc.value, title: doc ? titleOf(doc as never) : String(input.doc.value), at: job.waitUntil ?? null, detail: input.type ?? 'publish' };
    }),
  );
  return listed.filter((item): item is NonNullable<typeof item> => item !== null);
}

// dashboard: documents whose last sync to the API failed (document-sync), newest first
async function failedSyncs(payload: Payload): Promise<Listed[]> {
  const { docs } = await payload.find({ collection: 'document-sync', where: { state: { equals: 'failed' } }, sort: '-changedAt', limit: LIST, depth: 0, overrideAccess: true });
  const listed = await Promise.all(
    docs.map(async (sync) => {
      const [collection, id] = sync.document.split(':') as [string, string];
      const doc = await payload.findByID({ collection: collection as never, id, draft: true, depth: 0, locale: 'sv', disableErrors: true, overrideAccess: true });
      return { collection, id, title: doc ? titleOf(doc as never) : sync.document, at: sync.changedAt, detail: sync.error ?? undefined };
    }),
  );
  return listed;
}

/** Everything the dashboard lists; the register's queue only for those who moderate. */
export async function needsAttention(req: PayloadRequest, now = new Date()): Promise<Attention> {
  const { payload } = req;
  const context = registerContextOf(req);
  const months = cmsSettings.staleAfterMonths();
  const [draftList, scheduledList, failedList, queue, stale] = await Promise.all([
    drafts(payload),
    scheduled(payload),
    failedSyncs(payload),
    context.viewer.role === 'MODERATOR' ? moderationQueue(context) : Promise.resolve(null),
    staleDocuments(payload, now, months, LIST),
  ]);
  return {
    drafts: draftList,
    scheduled: scheduledList,
    failedSyncs: failedList,
    register: queue
      ? { pendingAssociations: queue.associations.map((association) => association.name), submittedActivities: queue.activities.map((activity) => activity.title) }
      : null,
    stale,
    staleAfterMonths: months,
  };
}
