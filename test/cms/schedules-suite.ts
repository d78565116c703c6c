import { createLocalReq } from 'payload';
import { describe, expect, it } from 'vitest';
import { needsAttention } from '../../cms/attention/attention.js';
import { contractOperation } from '../support/contract.js';
import { cmsPerTestFile, queueSchedule, type CmsDatabase } from './support.js';

/**
 * A scheduled publication publishes what the editor scheduled, or nothing (issue 26): Payload's job runner
 * publishes the newest draft when the moment comes, so a newer draft (an edit, a restored version) calls the
 * schedule off, and the dashboard says who and when. Run by one test file per database.
 */
export function schedulesSuite(database: CmsDatabase) {
  const context = cmsPerTestFile(database);

  const editorNamed = (name: string) =>
    context.cms.payload.create({
      collection: 'users',
      data: { email: `${name}-${Date.now()}@example.org`, password: 'a-long-password-1', roles: ['editor'] },
    });
  const apiTitle = async (slug: string) =>
    (await context.cms.api.graphql(contractOperation('Page'), { slug })).body.data?.page?.title ?? null;

  /** A published page with a draft after it, scheduled to publish that draft (as the admin's Schedule drawer queues it). */
  async function scheduledPage(key: string, editor: { id: number }) {
    const user = {
      ...(await context.cms.payload.findByID({ collection: 'users', id: editor.id })),
      collection: 'users' as const,
    };
    const asEditor = { collection: 'pages' as const, user, overrideAccess: false };
    const page = await context.cms.payload.create({
      ...asEditor,
      data: { key, visibility: 'PUBLIC', title: `${key}: publicerad`, _status: 'published' },
    });
    await context.cms.payload.update({
      ...asEditor,
      id: page.id,
      data: { title: `${key}: schemalagd ändring`, _status: 'draft' },
      draft: true,
    });
    await queueSchedule(context.cms.payload, {
      type: 'publish',
      page: page.id,
      user: editor.id,
      waitUntil: new Date(Date.now() - 1000),
    });
    await context.cms.runSyncJobs();
    return { page, asEditor, user };
  }
  const runScheduled = async () => {
    await context.cms.payload.jobs.run({ queue: 'default', limit: 100 });
    await context.cms.runSyncJobs();
  };
  const scheduleJobsOf = async (id: number | string) =>
    (
      await context.cms.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        limit: 0,
        depth: 0,
      })
    ).docs.filter((job) => (job.input as { doc?: { value?: string } }).doc?.value === String(id));

  describe(`scheduled publishing (${database})`, () => {
    it('publishes the draft that was scheduled when nothing changed after the scheduling, and lists what goes live', async () => {
      const editor = await editorNamed('schema-redaktor');
      const { page } = await scheduledPage('cms-schema-orord', editor);
      const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, context.cms.payload);
      const listed = (await needsAttention(req)).scheduled.find((item) => String(item.id) === String(page.id));
      expect(listed).toMatchObject({
        title: 'cms-schema-orord: schemalagd ändring',
        detail: 'publish',
        versionSavedAt: expect.any(String),
      });
      expect(await apiTitle('cms-schema-orord')).toBe('cms-schema-orord: publicerad');
      await runScheduled();
      expect(await apiTitle('cms-schema-orord')).toBe('cms-schema-orord: schemalagd ändring');
    });

    it('calls the schedule off when an earlier version is restored after the scheduling, and publishes nothing', async () => {
      const editor = await editorNamed('schema-aterstall');
      const { page, user } = await scheduledPage('cms-schema-aterstalld', editor);
      const { docs: versions } = await context.cms.payload.findVersions({
        collection: 'pages',
        where: { parent: { equals: page.id } },
        sort: 'createdAt',
        depth: 0,
      });
      const req = await createLocalReq({ user }, context.cms.payload);
      req.routeParams = { collection: 'pages', id: String(versions[0]!.id) };
      const { restoreVersionAsDraft } = await import('../../cms/versions/restore-as-draft.js');
      expect((await restoreVersionAsDraft.handler(req)).status).toBe(200);

      await runScheduled();
      expect(await apiTitle('cms-schema-aterstalld')).toBe('cms-schema-aterstalld: publicerad');
      const [job] = await scheduleJobsOf(page.id);
      expect(job).toMatchObject({
        hasError: true,
        error: { cancelled: true, reason: 'newerDraft', savedBy: user.email, scheduledFor: expect.any(String) },
      });
      expect(job!.completedAt ?? null).toBeNull();
      // Out of the edit view's Schedule drawer too, which lists a document's jobs due after now.
      expect(Date.parse(job!.waitUntil!)).toBeLessThanOrEqual(Date.now());

      const attention = await needsAttention(await createLocalReq({ user }, context.cms.payload));
      expect(attention.scheduled.some((item) => String(item.id) === String(page.id))).toBe(false);
      expect(attention.cancelledSchedules.find((item) => String(item.id) === String(page.id))).toMatchObject({
        cancelledBy: user.email,
        cancelledAt: expect.any(String),
      });
    });

    it('calls the schedule off when another editor publishes with edits meanwhile, so that it never republishes over a later unpublication', async () => {
      const editor = await editorNamed('schema-publicerar');
      const { page } = await scheduledPage('cms-schema-publicerad-emellan', editor);
      const other = { ...(await editorNamed('schema-publicerar-annan')), collection: 'users' as const };
      await context.cms.payload.update({
        collection: 'pages',
        id: page.id,
        data: { title: 'cms-schema-publicerad-emellan: publicerad med ändring', _status: 'published' },
        user: other,
        overrideAccess: false,
      });
      await context.cms.payload.update({
        collection: 'pages',
        id: page.id,
        data: { _status: 'draft' },
        user: other,
        overrideAccess: false,
      });
      await runScheduled();
      // Unpublished it stays: the schedule named a draft that is no longer the newest.
      expect(await apiTitle('cms-schema-publicerad-emellan')).toBeNull();
      const [job] = await scheduleJobsOf(page.id);
      expect(job).toMatchObject({ hasError: true, error: { reason: 'newerDraft', savedBy: other.email } });
    });

    it('calls the schedule off when anyone saves a newer draft, and keeps a scheduled unpublication', async () => {
      const editor = await editorNamed('schema-utkast');
      const { page } = await scheduledPage('cms-schema-nytt-utkast', editor);
      await queueSchedule(context.cms.payload, {
        type: 'unpublish',
        page: page.id,
        user: editor.id,
        waitUntil: new Date(Date.now() + 60 * 60 * 1000),
      });
      const other = await editorNamed('schema-annan');
      await context.cms.payload.update({
        collection: 'pages',
        id: page.id,
        data: { title: 'cms-schema-nytt-utkast: ändrad efter schemaläggningen', _status: 'draft' },
        draft: true,
        user: { ...other, collection: 'users' },
        overrideAccess: false,
      });
      await runScheduled();
      expect(await apiTitle('cms-schema-nytt-utkast')).toBe('cms-schema-nytt-utkast: publicerad');
      const jobs = await scheduleJobsOf(page.id);
      const states = jobs.map((job) => [
        (job.input as { type: string }).type,
        job.hasError ?? false,
        (job.error as { savedBy?: string } | null)?.savedBy ?? null,
      ]);
      expect(states.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
        ['publish', true, other.email],
        ['unpublish', false, null],
      ]);
    });
  });
}
