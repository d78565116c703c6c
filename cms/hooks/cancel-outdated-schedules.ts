import type { CollectionAfterChangeHook, Where } from 'payload';

/** Why a scheduled publication was called off, as its job's `error` records it (the dashboard names who and when). */
export interface ScheduleCancellation {
  cancelled: true;
  reason: 'newerDraft';
  /** Who saved the newer draft (the CMS user's e-mail), and when. */
  savedBy: string | null;
  savedAt: string;
}

export const isScheduleCancellation = (error: unknown): error is ScheduleCancellation =>
  typeof error === 'object' && error !== null && (error as { reason?: unknown }).reason === 'newerDraft';

/** The document's scheduled publications and unpublications that have not run yet (Payload's schedulePublish jobs). */
export const pendingSchedules = (collection: string, id: number | string): Where => ({
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { 'input.doc.relationTo': { equals: collection } },
    // Payload stores the scheduled document's id as a string, whatever the id type.
    { 'input.doc.value': { equals: String(id) } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { processing: { equals: false } },
  ],
});

/**
 * A scheduled publication publishes what the editor scheduled, or nothing: Payload's schedulePublish job
 * publishes whatever draft is newest when it runs, so a draft saved after the scheduling (an edit, a
 * restored version) calls the schedule off, recording who saved what when. The editor schedules again after
 * reviewing the new draft. A write of the status alone (a scheduled unpublication running) changes no
 * content and calls nothing off.
 */
export const cancelOutdatedSchedules: CollectionAfterChangeHook = async ({ collection, data, doc, req }) => {
  if ((doc as { _status?: string })._status !== 'draft') return doc;
  if (Object.keys(data ?? {}).every((field) => field === '_status')) return doc;
  const cancellation: ScheduleCancellation = { cancelled: true, reason: 'newerDraft', savedBy: req.user?.email ?? null, savedAt: new Date().toISOString() };
  const { docs } = await req.payload.find({ collection: 'payload-jobs', where: pendingSchedules(collection.slug, doc.id), limit: 0, depth: 0, overrideAccess: true, req });
  // A job without a type publishes (Payload's default); an unpublication stays scheduled.
  const publications = docs.filter((job) => (job.input as { type?: string } | null)?.type !== 'unpublish').map((job) => job.id);
  if (publications.length === 0) return doc;
  await req.payload.update({
    collection: 'payload-jobs',
    where: { id: { in: publications } },
    data: { hasError: true, error: cancellation as never, processing: false },
    depth: 0,
    overrideAccess: true,
    req,
  });
  return doc;
};
