import type { RequiredDataFromCollectionSlug } from 'payload';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../cms/access/roles.js';
import { contractOperation } from '../support/contract.js';
import { TENANT } from '../support/api.js';
import { SYNC_QUEUE } from '../../cms/publishing/queue.js';
import { readSyncState } from '../../cms/publishing/sync-state.js';
import { describeSyncState } from '../../cms/publishing/describe-sync-state.js';
import { cmsPerTestFile, queueSchedule, type CmsDatabase } from './support.js';
import { loadWebhookEndpoints } from '../../functions/webhooks/config.js';
import { syncDocument } from '../../cms/publishing/sync.js';
import { deliveryIdOf, queueDeliveries } from '../../functions/webhooks/deliver.js';
import { lexical } from '../support/rich-text.js';

type SupportResourceData = RequiredDataFromCollectionSlug<'support-resources'>;
type OpeningHoursRow = NonNullable<SupportResourceData['openingHours']>[number];

/** The publishing behaviour every database of the CMS must show; run by one test file per database. */
export function publishingSuite(database: CmsDatabase) {
  const context = cmsPerTestFile(database);

  const readResource = async (slug: string, token?: string, locale = 'SV') =>
    (await context.cms.api.graphql(contractOperation('SupportResource'), { slug, locale }, token ? { token } : {})).body
      .data?.supportResource ?? null;

  /** An editor's draft save of a page, then the sync jobs it queued. */
  const saveDraftAndSync = async (id: number, data: { title: string; _status?: 'draft' }) => {
    await context.cms.payload.update({ collection: 'pages', id, data, draft: true });
    await context.cms.runSyncJobs();
  };

  describe(`publishing from the CMS (${database})`, () => {
    it('leaves the built-in prototypes as they are, so that lists reach the read model as lists', () => {
      // drizzle-kit adds enumerable methods to them when it loads; the CMS never loads it in its own
      // process (cms/local-schema.ts), and ElectroDB, walking arrays with for…in, depends on that.
      expect(Object.keys(Array.prototype)).toEqual([]);
      expect(Object.keys(String.prototype)).toEqual([]);
      expect(Object.keys(Object.prototype)).toEqual([]);
    });

    it('publishes a document into the API, in every locale, with rich text as HTML', async () => {
      const created = await context.cms.payload.create({
        collection: 'support-resources',
        locale: 'sv',
        data: {
          key: 'cms-stodlinje',
          visibility: 'PUBLIC',
          title: 'Stödlinje (test)',
          body: lexical('Ring oss.'),
          audiences: ['RELATIVES'],
          languages: ['sv', 'en'],
          _status: 'published',
        },
      });
      await context.cms.payload.update({
        collection: 'support-resources',
        id: created.id,
        locale: 'en',
        data: { title: 'Support line (test)', body: lexical('Call us.') },
      });
      await context.cms.runSyncJobs();
      expect(await readResource('cms-stodlinje')).toMatchObject({
        title: 'Stödlinje (test)',
        body: '<p>Ring oss.</p>',
        audiences: ['RELATIVES'],
      });
      expect(await readResource('cms-stodlinje', undefined, 'EN')).toMatchObject({
        title: 'Support line (test)',
        body: '<p>Call us.</p>',
      });
    });

    it("carries a meeting's minutes document into the read model, in the public copy only with public minutes", async () => {
      const pdf = Buffer.from(
        '%PDF-1.4\n% Protokoll\n1 0 obj <<>> endobj\nxref\n0 1\ntrailer <<>>\nstartxref\n0\n%%EOF\n',
      );
      const media = await context.cms.payload.create({
        collection: 'media',
        data: { alt: 'Protokoll (test)' },
        file: { data: pdf, mimetype: 'application/pdf', name: 'protokoll-cms.pdf', size: pdf.length },
      });
      const meeting = await context.cms.payload.create({
        collection: 'council-meetings',
        data: {
          key: 'cms-protokoll',
          title: 'Rådsmöte (test)',
          startsAt: '2026-10-01T16:00:00.000Z',
          meetingStatus: 'HELD',
          minutesVisibility: 'INTERNAL',
          minutesDocument: media.id,
          _status: 'published',
        },
      });
      await context.cms.runSyncJobs();
      const copy = async (scope: 'staff' | 'public') =>
        (await context.cms.api.db.entities.councilMeeting.get({ tenant: TENANT, scope, key: 'cms-protokoll' }).go())
          .data;
      const stored = {
        objectKey: media.filename,
        filename: media.filename,
        mimeType: 'application/pdf',
        filesize: pdf.length,
      };
      expect((await copy('staff'))?.minutesDocument).toEqual(stored);
      expect((await copy('public'))?.minutesDocument).toBeUndefined();
      await context.cms.payload.update({
        collection: 'council-meetings',
        id: meeting.id,
        data: { minutesVisibility: 'PUBLIC', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      expect((await copy('public'))?.minutesDocument).toEqual(stored);
    });

    it('never lets a draft reach the API', async () => {
      await context.cms.payload.create({
        collection: 'support-resources',
        data: { key: 'cms-utkast', visibility: 'PUBLIC', title: 'Utkast', _status: 'draft' },
        draft: true,
      });
      await context.cms.runSyncJobs();
      expect(await readResource('cms-utkast', context.staff)).toBeNull();
    });

    it('keeps serving the published version while a newer draft is edited', async () => {
      const doc = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-sida', visibility: 'PUBLIC', title: 'Publicerad', _status: 'published' },
      });
      await saveDraftAndSync(doc.id, { title: 'Halvfärdigt utkast', _status: 'draft' });
      const page = (await context.cms.api.graphql(contractOperation('Page'), { slug: 'cms-sida' })).body.data!.page;
      expect(page.title).toBe('Publicerad');
    });

    it('removes unpublished and deleted documents from the API', async () => {
      const doc = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-tillfallig', visibility: 'PUBLIC', title: 'Tillfällig', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      const read = async () =>
        (await context.cms.api.graphql(contractOperation('Page'), { slug: 'cms-tillfallig' }, { token: context.staff }))
          .body.data!.page;
      expect(await read()).not.toBeNull();
      await context.cms.payload.update({ collection: 'pages', id: doc.id, data: { _status: 'draft' } });
      await context.cms.runSyncJobs();
      expect(await read()).toBeNull();
      await context.cms.payload.update({ collection: 'pages', id: doc.id, data: { _status: 'published' } });
      await context.cms.runSyncJobs();
      expect(await read()).not.toBeNull();
      await context.cms.payload.delete({ collection: 'pages', id: doc.id });
      await context.cms.runSyncJobs();
      expect(await read()).toBeNull();
      // Each change the read model took is announced to the frontends' webhooks, in order.
      const { data: changes } = await context.cms.api.db.entities.webhookChange.scan
        .where((attr, op) => op.contains(attr.keys, 'cms-tillfallig'))
        .go({ pages: 'all' });
      expect(
        changes
          .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
          .map((change) => [change.eventType, change.types, change.paths]),
      ).toEqual([
        ['content.published', ['page'], ['/cms-tillfallig']],
        ['content.unpublished', ['page'], ['/cms-tillfallig']],
        ['content.published', ['page'], ['/cms-tillfallig']],
        ['content.unpublished', ['page'], ['/cms-tillfallig']],
      ]);
    });

    it("tells the public website only of what it had or has: an internal document's key and path go to internal endpoints only", async () => {
      const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
      const endpoints = loadWebhookEndpoints({
        VARNA_WEBHOOK_ENDPOINTS: JSON.stringify([
          { name: 'website', url: 'http://127.0.0.1:9/website', secret },
          { name: 'intranet', url: 'http://127.0.0.1:9/intranet', secret, scope: 'internal' },
        ]),
      });
      const internal = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-intern-rutin', visibility: 'INTERNAL', title: 'Intern rutin', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      await context.cms.payload.update({ collection: 'pages', id: internal.id, data: { _status: 'draft' } });
      await context.cms.runSyncJobs();
      // A public page made internal: the website had it, so it hears that it is gone; its later changes it does not hear.
      const formerlyPublic = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-blir-intern', visibility: 'PUBLIC', title: 'Blir intern', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      await context.cms.payload.update({
        collection: 'pages',
        id: formerlyPublic.id,
        data: { visibility: 'INTERNAL' },
      });
      await context.cms.runSyncJobs();
      await context.cms.payload.update({ collection: 'pages', id: formerlyPublic.id, data: { title: 'Intern nu' } });
      await context.cms.runSyncJobs();

      const { db } = context.cms.api;
      const heardBy = async (key: string) => {
        const { data: changes } = await db.entities.webhookChange.scan
          .where((attr, op) => op.contains(attr.keys, key))
          .go({ pages: 'all' });
        const heard: Record<string, number> = { website: 0, intranet: 0 };
        for (const change of changes) {
          await queueDeliveries(db, change, endpoints, new Date());
          for (const endpoint of endpoints) {
            const { data: delivery } = await db.entities.webhookDelivery
              .get({ tenant: TENANT, id: deliveryIdOf(change, endpoint) })
              .go();
            if (delivery) heard[endpoint.name]!++;
          }
        }
        return heard;
      };
      expect(await heardBy('cms-intern-rutin')).toEqual({ website: 0, intranet: 2 });
      expect(await heardBy('cms-blir-intern')).toEqual({ website: 2, intranet: 3 });
      // A sync run again (a retry after its write went through, the runner beside the save's own run) finds
      // the change made: nothing written, nothing announced. So does the sync of a draft saved over it.
      const changesOf = async (key: string) =>
        (await db.entities.webhookChange.scan.where((attr, op) => op.contains(attr.keys, key)).go({ pages: 'all' }))
          .data.length;
      const announced = await changesOf('cms-blir-intern');
      const again = await syncDocument(context.cms.payload, {
        collection: 'pages',
        id: String(formerlyPublic.id),
        key: 'cms-blir-intern',
      });
      expect([again.action, again.outcome]).toEqual(['publish', 'unchanged']);
      await saveDraftAndSync(formerlyPublic.id, { title: 'Ett utkast' });
      expect(await changesOf('cms-blir-intern')).toBe(announced);
      const internalAgain = await syncDocument(context.cms.payload, {
        collection: 'pages',
        id: String(internal.id),
        key: 'cms-intern-rutin',
      });
      expect([internalAgain.action, internalAgain.outcome]).toEqual(['unpublish', 'unchanged']);
      expect(await changesOf('cms-intern-rutin')).toBe(2);
    });

    it('shows only consenting contact persons to the public, and erases a removed one everywhere', async () => {
      const org = await context.cms.payload.create({
        collection: 'organisations',
        data: {
          key: 'cms-forening',
          visibility: 'PUBLIC',
          name: 'CMS-föreningen (test)',
          kind: 'ASSOCIATION',
          contactPersons: [
            { name: 'Synlig Person', publicConsent: true },
            { name: 'Dold Person', publicConsent: false },
          ],
          _status: 'published',
        },
      });
      await context.cms.runSyncJobs();
      const persons = async (token?: string) => {
        const response = await context.cms.api.graphql(
          contractOperation('Organisations'),
          { kind: 'ASSOCIATION' },
          token ? { token } : {},
        );
        const node = response.body
          .data!.organisations.edges.map((edge: any) => edge.node)
          .find((candidate: any) => candidate.name === 'CMS-föreningen (test)');
        return node.contactPersons.map((person: any) => person.name);
      };
      expect(await persons()).toEqual(['Synlig Person']);
      expect(await persons(context.staff)).toEqual(['Synlig Person', 'Dold Person']);
      await context.cms.payload.update({
        collection: 'organisations',
        id: org.id,
        data: { contactPersons: [{ name: 'Synlig Person', publicConsent: true }] },
      });
      await context.cms.runSyncJobs();
      expect(await persons(context.staff)).toEqual(['Synlig Person']);
    });

    it('lets a contributor save drafts but not publish', async () => {
      const contributor = await context.cms.payload.create({
        collection: 'users',
        data: { email: `contributor-${Date.now()}@example.org`, password: 'a-long-password-1', roles: ['contributor'] },
      });
      const user = { ...contributor, collection: 'users' as const };
      await expect(
        context.cms.payload.create({
          collection: 'pages',
          data: { key: 'cms-bidrag', visibility: 'PUBLIC', title: 'Bidrag', _status: 'published' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/editor or admin publishes/);
      const draft = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-bidrag', visibility: 'PUBLIC', title: 'Bidrag', _status: 'draft' },
        draft: true,
        user,
        overrideAccess: false,
      });
      await expect(
        context.cms.payload.update({
          collection: 'pages',
          id: draft.id,
          data: { _status: 'published' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/editor or admin publishes/);
      await context.cms.runSyncJobs();
      expect(
        (await context.cms.api.graphql(contractOperation('Page'), { slug: 'cms-bidrag' }, { token: context.staff }))
          .body.data!.page,
      ).toBeNull();
    });

    it("refuses a contributor's unpublish, live edit, scheduled publish or unpublish and delete, and keeps the live copy", async () => {
      const contributor = await context.cms.payload.create({
        collection: 'users',
        data: {
          email: `contributor-live-${Date.now()}@example.org`,
          password: 'a-long-password-1',
          roles: ['contributor'],
        },
      });
      const user = { ...contributor, collection: 'users' as const };
      const live = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-levande', visibility: 'PUBLIC', title: 'Levande', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      const asContributor = { collection: 'pages' as const, id: live.id, user, overrideAccess: false };
      await expect(context.cms.payload.update({ ...asContributor, data: { _status: 'draft' } })).rejects.toThrow(
        /editor or admin publishes, unpublishes/,
      );
      await expect(context.cms.payload.update({ ...asContributor, data: { title: 'Direkt ändrad' } })).rejects.toThrow(
        /Contributors save drafts/,
      );
      await expect(
        context.cms.payload.delete({ collection: 'pages', id: live.id, user, overrideAccess: false }),
      ).rejects.toThrow(/Du får inte utföra denna åtgärd/);
      // The admin offers contributors no "Schedule publish"; one queued anyway (as the admin would, for its user) runs as that user and is refused.
      await queueSchedule(context.cms.payload, { type: 'unpublish', page: live.id, user: contributor.id });
      await context.cms.payload.jobs.run({ queue: 'default' });
      const {
        docs: [job],
      } = await context.cms.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        sort: '-createdAt',
        limit: 1,
      });
      expect(job?.log?.at(-1)).toMatchObject({
        state: 'failed',
        error: expect.objectContaining({ message: expect.stringMatching(/editor or admin publishes, unpublishes/) }),
      });
      // A draft is what a contributor may write; the live copy stays as it was.
      await context.cms.payload.update({ ...asContributor, data: { title: 'Förslag' }, draft: true });
      await context.cms.runSyncJobs();
      expect(
        (await context.cms.api.graphql(contractOperation('Page'), { slug: 'cms-levande' })).body.data!.page.title,
      ).toBe('Levande');
    });

    describe('restoring a version through the REST API (POST /api/{collection}/versions/{id})', () => {
      const rest = async (path: string, init: RequestInit & { token?: string } = {}) => {
        const { handleEndpoints } = await import('payload');
        const headers = new Headers(init.headers);
        if (init.token) headers.set('authorization', `JWT ${init.token}`);
        const response = await handleEndpoints({
          config: context.cms.payload.config,
          request: new Request(`http://cms.test/api${path}`, { ...init, headers }),
        });
        return { status: response.status, body: (await response.json()) as any };
      };
      const signIn = async (roles: Role[]) => {
        const email = `restore-${roles.join('-')}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
        await context.cms.payload.create({
          collection: 'users',
          data: { email, password: 'a-long-password-1', roles },
        });
        const { body } = await rest('/users/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: 'a-long-password-1' }),
        });
        return body.token as string;
      };
      /** A page published in three languages (the version restored below), then changed in two of them and published again, then a draft. */
      const pageWithHistory = async (key: string) => {
        const page = await context.cms.payload.create({
          collection: 'pages',
          locale: 'sv',
          data: { key, visibility: 'PUBLIC', title: 'Första', _status: 'published' },
        });
        // Publishes a new title in one language.
        const publishTitle = (locale: 'sv' | 'en' | 'ar', title: string) =>
          context.cms.payload.update({
            collection: 'pages',
            id: page.id,
            locale,
            data: { title, _status: 'published' },
          });
        await publishTitle('en', 'First');
        await publishTitle('ar', 'الأول');
        await publishTitle('sv', 'Andra');
        await publishTitle('en', 'Second');
        await context.cms.payload.update({
          collection: 'pages',
          id: page.id,
          locale: 'en',
          data: { title: 'Second draft', _status: 'draft' },
          draft: true,
        });
        await context.cms.runSyncJobs();
        const { docs } = await context.cms.payload.findVersions({
          collection: 'pages',
          where: { parent: { equals: page.id } },
          sort: 'createdAt',
          locale: 'all',
          pagination: false,
        });
        const titles = (version: (typeof docs)[number]) =>
          (version.version as unknown as { title?: Record<string, string> }).title;
        const threeLanguages = docs.find(
          (version) => titles(version)?.ar === 'الأول' && titles(version)?.sv === 'Första',
        )!;
        return { id: page.id, threeLanguages, versionDate: new Date(String(threeLanguages.updatedAt)) };
      };
      const draftTitles = async (id: number | string) =>
        (await context.cms.payload.findByID({ collection: 'pages', id, locale: 'all', draft: true })) as unknown as {
          _status: string;
          title: Record<string, string>;
        };
      const liveTitles = async (id: number | string) =>
        (await context.cms.payload.findByID({ collection: 'pages', id, locale: 'all', draft: false })).title;
      const stockholm = (date: Date) =>
        date.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

      it("restores only the language asked for (by default the request's), keeping the other languages of the newest draft, and says so in Swedish", async () => {
        const editor = await signIn(['editor']);
        const page = await pageWithHistory('cms-aterstall-sprak');
        const restored = await rest(`/pages/versions/${page.threeLanguages.id}?locale=sv&draft=true`, {
          method: 'POST',
          token: editor,
        });
        expect(restored.status).toBe(200);
        expect(restored.body.message).toBe(
          `Svenska från versionen ${stockholm(page.versionDate)} är återställd som ett nytt utkast; övriga språk är oförändrade. Granska utkastet och publicera det för att det ska synas på webbplatsen.`,
        );
        // Swedish from the version; English and Arabic as the newest draft had them.
        expect(await draftTitles(page.id)).toMatchObject({
          _status: 'draft',
          title: { sv: 'Första', en: 'Second draft', ar: 'الأول' },
        });
        // Nothing live changed.
        expect(await liveTitles(page.id)).toEqual({ sv: 'Andra', en: 'Second', ar: 'الأول' });

        // English, asked for by name; the message in English for an English admin.
        const english = await rest(`/pages/versions/${page.threeLanguages.id}?locale=en&scope=locale`, {
          method: 'POST',
          token: editor,
          headers: { 'accept-language': 'en' },
        });
        expect(english.status).toBe(200);
        expect(english.body.message).toMatch(
          /^English of the version of .* is restored as a new draft; the other languages are unchanged\./,
        );
        expect((await draftTitles(page.id)).title).toEqual({ sv: 'Första', en: 'First', ar: 'الأول' });
      });

      it('restores every language when asked to, and refuses an unknown scope or locale, or a caller without a session', async () => {
        const editor = await signIn(['editor']);
        const page = await pageWithHistory('cms-aterstall-alla');
        await context.cms.payload.update({
          collection: 'pages',
          id: page.id,
          locale: 'sv',
          data: { title: 'Tredje utkast' },
          draft: true,
        });
        expect(
          (await rest(`/pages/versions/${page.threeLanguages.id}?scope=some`, { method: 'POST', token: editor }))
            .status,
        ).toBe(400);
        expect(
          (await rest(`/pages/versions/${page.threeLanguages.id}?locale=de`, { method: 'POST', token: editor })).status,
        ).toBe(400);
        expect((await rest(`/pages/versions/${page.threeLanguages.id}?locale=sv`, { method: 'POST' })).status).toBe(
          403,
        );
        expect((await draftTitles(page.id)).title).toEqual({ sv: 'Tredje utkast', en: 'Second draft', ar: 'الأول' });

        const restored = await rest(`/pages/versions/${page.threeLanguages.id}?scope=all`, {
          method: 'POST',
          token: editor,
        });
        expect(restored.status).toBe(200);
        expect(restored.body.message).toMatch(
          /^Alla språk från versionen \d{4}-\d{2}-\d{2} \d{2}:\d{2} är återställda som ett nytt utkast\./,
        );
        expect(await draftTitles(page.id)).toMatchObject({
          _status: 'draft',
          title: { sv: 'Första', en: 'First', ar: 'الأول' },
        });
        await context.cms.runSyncJobs();
        expect(await liveTitles(page.id)).toEqual({ sv: 'Andra', en: 'Second', ar: 'الأول' });
        const apiTitle = async (locale: string) =>
          (await context.cms.api.graphql(contractOperation('Page'), { slug: 'cms-aterstall-alla', locale })).body.data!
            .page.title;
        expect([await apiTitle('SV'), await apiTitle('EN')]).toEqual(['Andra', 'Second']);
        // Payload's own restore, which would write the live document, is refused outright.
        await expect(
          context.cms.payload.restoreVersion({ collection: 'pages', id: String(page.threeLanguages.id) }),
        ).rejects.toThrow(/restored as a draft/);
      });
    });

    it('proposes the key from the Swedish title, keeps it editable until the first publish, then fixed', async () => {
      const draft = await context.cms.payload.create({
        collection: 'pages',
        data: { visibility: 'PUBLIC', title: 'Råd & stöd för Föräldrar', _status: 'draft' },
        draft: true,
      });
      expect(draft.key).toBe('rad-och-stod-for-foraldrar');
      // A second one with the same title gets a free key.
      const twin = await context.cms.payload.create({
        collection: 'pages',
        data: { visibility: 'PUBLIC', title: 'Råd & stöd för Föräldrar', _status: 'draft' },
        draft: true,
      });
      expect(twin.key).toBe('rad-och-stod-for-foraldrar-2');
      const renamed = await context.cms.payload.update({
        collection: 'pages',
        id: draft.id,
        data: { key: 'rad-till-foraldrar' },
        draft: true,
      });
      expect(renamed.key).toBe('rad-till-foraldrar');
      await context.cms.payload.update({ collection: 'pages', id: draft.id, data: { _status: 'published' } });
      const moved = await context.cms.payload
        .update({ collection: 'pages', id: draft.id, data: { key: 'nagot-annat' }, draft: true })
        .then(
          () => null,
          (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors ?? [],
        );
      expect(moved).toEqual([
        {
          path: 'key',
          message: 'Nyckeln kan inte ändras efter publicering: länkar till "rad-till-foraldrar" skulle sluta fungera.',
        },
      ]);
    });

    it('refuses a key another document holds, naming that document', async () => {
      const holder = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-dubblett', visibility: 'PUBLIC', title: 'Första sidan', _status: 'draft' },
        draft: true,
      });
      const refusal = await context.cms.payload
        .create({
          collection: 'pages',
          data: { key: 'cms-dubblett', visibility: 'PUBLIC', title: 'Andra sidan', _status: 'draft' },
          draft: true,
        })
        .then(
          () => null,
          (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors ?? [],
        );
      expect(refusal).toEqual([
        { path: 'key', message: `Nyckeln används redan av "Första sidan" (id ${holder.id}); välj en annan.` },
      ]);
      // Saving the holder itself again is no clash.
      await context.cms.payload.update({
        collection: 'pages',
        id: holder.id,
        data: { title: 'Första sidan, ändrad' },
        draft: true,
      });
    });

    it("refuses to publish with a malformed key or an incomplete opening-hours row, with the field's own message, and publishes nothing", async () => {
      // A row whose times were left empty, which a draft may keep and a publish refuses: Payload's generated
      // type has every row complete and cannot express it, so this one value is cast to a row.
      const rowWithoutTimes = { weekday: 'MONDAY' } as OpeningHoursRow;
      const refusal = async (data: Pick<SupportResourceData, 'key' | 'openingHours'>) => {
        try {
          await context.cms.payload.create({
            collection: 'support-resources',
            data: { visibility: 'PUBLIC', title: 'Ofullständig', _status: 'published', ...data },
          });
        } catch (error) {
          return (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? [];
        }
        throw new Error('published');
      };
      expect(await refusal({ key: 'Inte En Nyckel' })).toEqual([
        expect.objectContaining({ path: 'key', message: expect.stringMatching(/små bokstäver|slug/i) }),
      ]);
      expect(await refusal({ key: 'cms-oppettider', openingHours: [rowWithoutTimes] })).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            path: 'openingHours.0.opens',
            message: 'Fältet måste fyllas i för att publicera.',
          }),
        ]),
      );
      // A draft may stay incomplete; it is the publish that is checked.
      await context.cms.payload.create({
        collection: 'support-resources',
        data: {
          key: 'cms-oppettider',
          visibility: 'PUBLIC',
          title: 'Utkast',
          openingHours: [rowWithoutTimes],
          _status: 'draft',
        },
        draft: true,
      });
      await context.cms.runSyncJobs();
      expect(await readResource('null', context.staff)).toBeNull();
      expect(await readResource('cms-oppettider', context.staff)).toBeNull();
    });

    it('refuses to publish a document too large for the read model in all its languages, and keeps what was published', async () => {
      // 28,000 characters of three bytes each per locale: within the field's limit, but five locales exceed an item.
      const long = (locale: string) => lexical(`${locale}: ${'€'.repeat(28_000)}`);
      const page = await context.cms.payload.create({
        collection: 'pages',
        locale: 'sv',
        data: { key: 'cms-stor', visibility: 'PUBLIC', title: 'Stor sida', body: long('sv'), _status: 'published' },
      });
      const outcome = async (locale: 'en' | 'fi' | 'ar' | 'so') =>
        context.cms.payload
          .update({
            collection: 'pages',
            id: page.id,
            locale,
            data: { title: `Stor sida ${locale}`, body: long(locale), _status: 'published' },
          })
          .then(
            () => 'published',
            (error: Error) => error.message,
          );
      expect(await outcome('en')).toBe('published');
      expect(await outcome('fi')).toBe('published');
      expect(await outcome('ar')).toBe('published');
      expect(await outcome('so')).toMatch(
        /^Cannot publish: the document is \d+ KB in all its languages, more than the 350 KB a document may hold/,
      );
      await context.cms.runSyncJobs();
      const live = await context.cms.payload.findByID({
        collection: 'pages',
        id: page.id,
        locale: 'so',
        fallbackLocale: false,
        draft: false,
      });
      expect(live.title ?? null).toBeNull();
      expect(
        (await context.cms.api.graphql(contractOperation('Page'), { slug: 'cms-stor', locale: 'AR' })).body.data!.page
          .title,
      ).toBe('Stor sida ar');
    });

    it('fails the sync of a published document the API refuses once, without retries, and shows why on the document', async () => {
      const page = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-aldre-regler', visibility: 'PUBLIC', title: 'Äldre sida', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      // As a document saved under older rules would be: written past the CMS's checks, straight into its database.
      await context.cms.payload.db.updateOne({ collection: 'pages', id: page.id, data: { key: 'Inte En Nyckel' } });
      await context.cms.payload.jobs.queue({
        task: 'syncReadModel',
        queue: SYNC_QUEUE,
        input: { collection: 'pages', id: String(page.id), key: 'cms-aldre-regler', revision: Date.now() },
      });
      for (let run = 0; run < 3; run++) await context.cms.runSyncJobs();
      const {
        docs: [job],
      } = await context.cms.payload.find({
        collection: 'payload-jobs',
        where: { 'input.id': { equals: String(page.id) } },
        sort: '-createdAt',
        limit: 1,
      });
      // Cancelled on its first run (Payload counts no retry), and the later runs left it alone.
      expect(job).toMatchObject({
        hasError: true,
        completedAt: null,
        error: expect.objectContaining({ cancelled: true }),
      });
      expect(job!.totalTried).toBeLessThanOrEqual(1);
      const state = await readSyncState(context.cms.payload, 'pages', page.id);
      expect(describeSyncState(state)).toEqual({
        tone: 'failed',
        text: expect.stringMatching(/^Nådde inte webbplatsen: Invalid document: key: /),
      });
      expect(describeSyncState(state, 'en').text).toMatch(/^Failed to reach the website: /);
      expect(describeSyncState(state).text).not.toMatch(/retrying/);
    });

    it('says since when the website shows the live version: a later draft save keeps that time, the next publish moves it (GET /api/{collection}/{id}/sync-state)', async () => {
      const { handleEndpoints } = await import('payload');
      const email = `sync-line-${Date.now()}@example.org`;
      await context.cms.payload.create({
        collection: 'users',
        data: { email, password: 'a-long-password-1', roles: ['editor'] },
      });
      const request = (path: string, init: RequestInit = {}) =>
        handleEndpoints({
          config: context.cms.payload.config,
          request: new Request(`http://cms.test/api${path}`, init),
        });
      const login = await request('/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'a-long-password-1' }),
      });
      const token = ((await login.json()) as { token: string }).token;
      const page = await context.cms.payload.create({
        collection: 'pages',
        data: { key: 'cms-synkrad', visibility: 'PUBLIC', title: 'Synkrad', _status: 'published' },
      });
      const line = async (language = 'sv') => {
        const response = await request(`/pages/${page.id}/sync-state`, {
          headers: { authorization: `JWT ${token}`, 'accept-language': language },
        });
        expect(response.status).toBe(200);
        return (await response.json()) as { tone: string; text: string; pending: boolean };
      };
      expect(await line()).toMatchObject({
        tone: 'waiting',
        pending: true,
        text: expect.stringMatching(/^Väntar på att nå webbplatsen/),
      });
      await context.cms.runSyncJobs();
      const publishedAt = (await readSyncState(context.cms.payload, 'pages', page.id))!.syncedAt!;
      expect(await line()).toEqual({
        tone: 'ok',
        pending: false,
        text: expect.stringMatching(/^På webbplatsen sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/),
        at: publishedAt,
      });
      expect((await line('en')).text).toMatch(/^On the website since /);

      await new Promise((done) => setTimeout(done, 50));
      await saveDraftAndSync(page.id, { title: 'Synkrad, utkast' });
      // The draft changed nothing on the website: since when it shows the live version stays as it was.
      expect((await readSyncState(context.cms.payload, 'pages', page.id))!).toMatchObject({
        state: 'synced',
        action: 'publish',
        syncedAt: publishedAt,
      });

      await new Promise((done) => setTimeout(done, 50));
      await context.cms.payload.update({
        collection: 'pages',
        id: page.id,
        data: { title: 'Synkrad, publicerad igen', _status: 'published' },
      });
      await context.cms.runSyncJobs();
      expect(Date.parse((await readSyncState(context.cms.payload, 'pages', page.id))!.syncedAt!)).toBeGreaterThan(
        Date.parse(publishedAt),
      );
      // Only CMS users read it.
      expect((await request(`/pages/${page.id}/sync-state`)).status).toBe(403);
    });

    it('refuses invalid fields with the API rules, naming the field', async () => {
      await expect(
        context.cms.payload.create({
          collection: 'support-resources',
          data: {
            key: 'Inte En Slug',
            visibility: 'PUBLIC',
            title: 'X',
            url: 'ftp://example.org',
            _status: 'published',
          },
        }),
      ).rejects.toThrow(/key|url/i);
    });
  });
}
