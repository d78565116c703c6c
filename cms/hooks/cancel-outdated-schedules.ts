import type { CollectionAfterChangeHook, Where } from 'payload';

/**
 * Why a scheduled publication was called off, as its job's `error` records it (the dashboard names who and
 * when). A type, not an interface: the `error` field takes JSON, which an interface does not satisfy.
 */
export type ScheduleCancellation = {
  cancelled: true;
  reason: 'newerDraft';
  /** Who saved the newer draft (the CMS user's e-mail), and when. */
  savedBy: string | null;
  savedAt: string;
  /** When it would have published (the job's `waitUntil` moves to `savedAt`, out of Payload's list of upcoming schedules). */
  scheduledFor: string | null;
};

export const isScheduleCancellation = (error: unknown): error is ScheduleCancellation =>
  typeof error === 'object' && error !== null && (error as { reason?: unknown }).reason === 'newerDraft';

/**
 * Every scheduled publication and unpublication that has not run yet (Payload's schedulePublish jobs): few
 * at any time, so they are read by plain columns and matched to the document here. A condition on the job's
 * JSON input would be evaluated on every job the table holds, read-model syncs included, on every save.
 */
const pendingSchedules: Where = {
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { processing: { equals: false } },
  ],
};

/** Whether a schedule job is for this document (Payload stores its id as a string, whatever the id type). */
const schedules = (job: { input?: unknown }, collection: string, id: number | string) => {
  const doc = (job.input as { doc?: { relationTo?: string; value?: unknown } } | null)?.doc;
  return doc?.relationTo === collection && String(doc.value) === String(id);
};

/**
 * A scheduled publication publishes what the editor scheduled, or nothing: Payload's schedulePublish job
 * publishes whatever draft is newest when it runs, so any write of content after the scheduling (a draft
 * save, a restored version, a publication with edits) calls the schedule off, recording who wrote what
 * when; the editor schedules again after reviewing it. A write of the status alone (the scheduled job's own
 * publication, an unpublication) changes no content and calls nothing off.
 */
export const cancelOutdatedSchedules: CollectionAfterChangeHook = async ({ collection, data, doc, req }) => {
  if (Object.keys(data ?? {}).every((field) => field === '_status')) return doc;
  const savedAt = new Date().toISOString();
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: pendingSchedules,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  });
  // A job without a type publishes (Payload's default); an unpublication stays scheduled.
  const publications = docs.filter(
    (job) => schedules(job, collection.slug, doc.id) && (job.input as { type?: string } | null)?.type !== 'unpublish',
  );
  for (const job of publications) {
    const cancellation: ScheduleCancellation = {
      cancelled: true,
      reason: 'newerDraft',
      savedBy: req.user?.email ?? null,
      savedAt,
      scheduledFor: job.waitUntil ?? null,
    };
    await req.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { hasError: true, error: cancellation, processing: false, waitUntil: savedAt },
      depth: 0,
      overrideAccess: true,
      req,
    });
  }
  return doc;
};
