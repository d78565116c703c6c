import fc from 'fast-check';
import { createLocalReq } from 'payload';
import { describe, expect, it } from 'vitest';
import { restoreVersionAsDraft } from '../../cms/versions/restore-as-draft.js';
import { errorCodes } from '../support/api.js';
import { contractOperation } from '../support/contract.js';
import { eventsOf } from '../support/ical.js';
import { activityInput, registration } from '../register/support.js';
import { seedSample } from '../support/seed.js';
import { cmsPerTestFile, queueSchedule } from './support.js';

/**
 * What the public sees is what someone approved as shown (issue 26). Random interleavings of an association
 * owner's edits, submissions and cancellations, a moderator's reads and decisions (on the version read, which
 * may be stale by then), and an editor's and a contributor's CMS saves, schedules, restores, publications and
 * runs of the job runner. After every step:
 * - the association the public sees is exactly the version a moderator last approved as it was shown to them
 *   (or nothing), and every public activity of it is one a moderator published as shown, while the
 *   association is listed;
 * - the page the API serves is, in every language, a state an editor published or scheduled as it was then.
 *
 * CI runs a fixed seed and a few runs; `PROPERTY_RUNS` and `PROPERTY_SEED` choose more.
 */
const context = cmsPerTestFile('sqlite');
const numRuns = Number(process.env.PROPERTY_RUNS ?? 5);
const seed = Number(process.env.PROPERTY_SEED ?? 20261206);

const locales = ['sv', 'en', 'ar'] as const;
type Locale = (typeof locales)[number];
type Titles = Partial<Record<Locale, string>>;

type Action =
  | { t: 'ownerEdit'; name: number; description: number }
  | { t: 'ownerSubmit'; title: number }
  | { t: 'ownerCancel'; pick: number }
  | { t: 'moderatorRead' }
  | { t: 'moderatorApprove' }
  | { t: 'moderatorReject' }
  | { t: 'moderatorSuspend' }
  | { t: 'moderatorPublish'; pick: number }
  | { t: 'draft'; locale: Locale; text: number; contributor: boolean }
  | { t: 'publish'; edit: { locale: Locale; text: number } | null }
  | { t: 'schedule' }
  | { t: 'restore'; pick: number; scope: 'locale' | 'all'; locale: Locale }
  | { t: 'runJobs' };

const locale = fc.constantFrom<Locale>(...locales);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('ownerEdit' as const),
      name: fc.nat({ max: 3 }),
      description: fc.nat({ max: 2 }),
    }),
  },
  fc.record({ t: fc.constant('ownerSubmit' as const), title: fc.nat({ max: 3 }) }),
  fc.record({ t: fc.constant('ownerCancel' as const), pick: fc.nat({ max: 5 }) }),
  { weight: 3, arbitrary: fc.record({ t: fc.constant('moderatorRead' as const) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('moderatorApprove' as const) }) },
  fc.record({ t: fc.constant('moderatorReject' as const) }),
  fc.record({ t: fc.constant('moderatorSuspend' as const) }),
  fc.record({ t: fc.constant('moderatorPublish' as const), pick: fc.nat({ max: 5 }) }),
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('draft' as const),
      locale,
      text: fc.nat({ max: 3 }),
      contributor: fc.boolean(),
    }),
  },
  fc.record({
    t: fc.constant('publish' as const),
    edit: fc.option(fc.record({ locale, text: fc.nat({ max: 3 }) }), { nil: null }),
  }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('schedule' as const) }) },
  fc.record({
    t: fc.constant('restore' as const),
    pick: fc.nat({ max: 10 }),
    scope: fc.constantFrom<'locale' | 'all'>('locale', 'all'),
    locale,
  }),
  { weight: 2, arbitrary: fc.record({ t: fc.constant('runJobs' as const) }) },
);

let run = 0;
const day = 24 * 60 * 60 * 1000;

describe('what the public sees is what someone approved as shown', () => {
  it('holds after every step of random owner, moderator and editor interleavings', async () => {
    const { cms } = context;
    const api = cms.api;
    // The register's districts and example associations (the activities' district must exist).
    await seedSample(api);
    const moderator = await api.token('moderator');
    const editorUser = await cms.payload.create({
      collection: 'users',
      data: { email: 'prop-editor@example.org', password: 'a-long-password-1', roles: ['editor'] },
    });
    const contributorUser = await cms.payload.create({
      collection: 'users',
      data: { email: 'prop-contributor@example.org', password: 'a-long-password-1', roles: ['contributor'] },
    });
    const editor = { ...editorUser, collection: 'users' as const };
    const contributor = { ...contributorUser, collection: 'users' as const };

    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 6, maxLength: 16 }), async (actions) => {
        run += 1;
        // The register side: one association per run, from its registration on.
        const owner = await api.token('association', `account-prop-${run}`);
        const registered = await api.graphql(
          contractOperation('RegisterAssociation'),
          { input: registration({ name: `Prop ${run} start` }) },
          { token: owner },
        );
        const associationId: string = registered.body.data!.registerAssociation.id;
        let seen: {
          version: number;
          status: string;
          changePending: boolean;
          fields: { name: string; description: string | null };
        } | null = null;
        let approvedPublic: { name: string; description: string | null } | null = null;
        const activityIds: string[] = [];
        const seenActivities = new Map<string, { version: number; title: string }>();
        const publishedAsSeen = new Set<string>();

        // The CMS side: one page per run, published once by the editor.
        const key = `prop-sida-${run}`;
        const created = await cms.payload.create({
          collection: 'pages',
          locale: 'sv',
          data: { key, visibility: 'PUBLIC', title: `${key} sv 0`, _status: 'published' },
          user: editor,
          overrideAccess: false,
        });
        const pageId = created.id;
        const approvedPages: Titles[] = [{ sv: `${key} sv 0` }];
        const scheduledAs = new Map<number | string, Titles>();
        await cms.runSyncJobs();

        const draftTitles = async (): Promise<Titles> => {
          const draft = await cms.payload.findByID({
            collection: 'pages',
            id: pageId,
            draft: true,
            locale: 'all',
            depth: 0,
          });
          return Object.fromEntries(
            Object.entries((draft.title ?? {}) as unknown as Record<string, string>).filter(([, value]) => value),
          ) as Titles;
        };

        async function step(a: Action) {
          switch (a.t) {
            case 'ownerEdit': {
              const mine = (await api.graphql(contractOperation('MyAssociation'), {}, { token: owner })).body.data!
                .viewer.association;
              await api.graphql(
                contractOperation('UpdateAssociation'),
                {
                  id: associationId,
                  expectedVersion: mine.version,
                  input: { name: `Prop ${run} namn ${a.name}`, description: `Beskrivning ${a.description}` },
                },
                { token: owner },
              );
              return;
            }
            case 'ownerSubmit': {
              const submitted = await api.graphql(
                contractOperation('SubmitActivity'),
                { input: activityInput({ title: `Prop ${run} aktivitet ${a.title}` }) },
                { token: owner },
              );
              const id = submitted.body.data?.submitActivity?.id;
              if (id) activityIds.push(id);
              return;
            }
            case 'ownerCancel': {
              const id = activityIds[a.pick % Math.max(1, activityIds.length)];
              if (id) await api.graphql(contractOperation('CancelActivity'), { id }, { token: owner });
              return;
            }
            case 'moderatorRead': {
              const read = await api.graphql(
                'query ($id: ID!) { association(id: $id) { version status name description changeSubmittedAt } }',
                { id: associationId },
                { token: moderator },
              );
              const shown = read.body.data!.association;
              seen = {
                version: shown.version,
                status: shown.status,
                changePending: Boolean(shown.changeSubmittedAt),
                fields: { name: shown.name, description: shown.description },
              };
              const queue = await api.graphql(
                contractOperation('ModerationQueue'),
                { first: 100 },
                { token: moderator },
              );
              for (const edge of queue.body.data!.submittedActivities.edges)
                seenActivities.set(edge.node.id, { version: edge.node.version, title: edge.node.title });
              return;
            }
            case 'moderatorApprove':
            case 'moderatorReject':
            case 'moderatorSuspend': {
              if (!seen) return;
              const shown: NonNullable<typeof seen> = seen;
              const variables = { id: associationId, expectedVersion: shown.version, reason: 'Skäl från moderatorn.' };
              const operation =
                a.t === 'moderatorSuspend'
                  ? shown.status === 'APPROVED'
                    ? 'mutation ($id: ID!, $expectedVersion: Int!, $reason: String!) { suspendAssociation(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id } }'
                    : null
                  : shown.status === 'APPROVED' && shown.changePending
                    ? contractOperation(
                        a.t === 'moderatorApprove' ? 'ApproveAssociationChange' : 'RejectAssociationChange',
                      )
                    : (a.t === 'moderatorApprove' && ['PENDING', 'SUSPENDED'].includes(shown.status)) ||
                        (a.t === 'moderatorReject' && shown.status === 'PENDING')
                      ? contractOperation(a.t === 'moderatorApprove' ? 'ApproveAssociation' : 'RejectAssociation')
                      : null;
              if (!operation) return;
              const decided = await api.graphql(operation, variables, { token: moderator });
              const codes = errorCodes(decided);
              if (codes.length) {
                expect(codes).toEqual(['CONFLICT']);
                return;
              }
              if (a.t === 'moderatorApprove') approvedPublic = shown.fields;
              if (a.t === 'moderatorReject' && !shown.changePending) approvedPublic = null;
              seen = null;
              return;
            }
            case 'moderatorPublish': {
              const ids = [...seenActivities.keys()];
              const id = ids[a.pick % Math.max(1, ids.length)];
              if (!id) return;
              const shown = seenActivities.get(id)!;
              const published = await api.graphql(
                contractOperation('PublishActivity'),
                { id, expectedVersion: shown.version },
                { token: moderator },
              );
              const codes = errorCodes(published);
              if (codes.length) expect(codes).toEqual(['CONFLICT']);
              else publishedAsSeen.add(`${id}:${shown.title}`);
              seenActivities.delete(id);
              return;
            }
            case 'draft':
              await cms.payload.update({
                collection: 'pages',
                id: pageId,
                locale: a.locale,
                data: { title: `${key} ${a.locale} ${a.text}`, _status: 'draft' },
                draft: true,
                user: a.contributor ? contributor : editor,
                overrideAccess: false,
              });
              return;
            case 'publish': {
              // The editor publishes what the edit view shows: the newest draft, with their own edit if any.
              const shown = await draftTitles();
              if (a.edit) shown[a.edit.locale] = `${key} ${a.edit.locale} p${a.edit.text}`;
              await cms.payload.update({
                collection: 'pages',
                id: pageId,
                locale: a.edit?.locale ?? 'sv',
                data: { ...(a.edit ? { title: shown[a.edit.locale] } : {}), _status: 'published' },
                user: editor,
                overrideAccess: false,
              });
              approvedPages.push(shown);
              return;
            }
            case 'schedule': {
              const job = await queueSchedule(cms.payload, {
                type: 'publish',
                page: pageId,
                user: editor.id,
                waitUntil: new Date(Date.now() - 1000),
              });
              scheduledAs.set(job.id, await draftTitles());
              return;
            }
            case 'restore': {
              const { docs: versions } = await cms.payload.findVersions({
                collection: 'pages',
                where: { parent: { equals: pageId } },
                sort: 'createdAt',
                depth: 0,
                limit: 50,
              });
              const version = versions[a.pick % versions.length];
              if (!version) return;
              // As the restore dialog sends it: the language being edited, or every language.
              const req = await createLocalReq(
                { user: editor, urlSuffix: `?${new URLSearchParams({ scope: a.scope, locale: a.locale })}` },
                cms.payload,
              );
              req.routeParams = { collection: 'pages', id: String(version.id) };
              expect((await restoreVersionAsDraft.handler(req)).status).toBe(200);
              return;
            }
            case 'runJobs': {
              const due = await cms.payload.find({
                collection: 'payload-jobs',
                where: {
                  and: [
                    { taskSlug: { equals: 'schedulePublish' } },
                    { completedAt: { exists: false } },
                    { hasError: { not_equals: true } },
                  ],
                },
                limit: 0,
                depth: 0,
              });
              await cms.payload.jobs.run({ queue: 'default', limit: 100, silent: true });
              // A schedule that ran published exactly what was scheduled: an editor's decision, as then shown.
              for (const job of due.docs) if (scheduledAs.has(job.id)) approvedPages.push(scheduledAs.get(job.id)!);
              return;
            }
          }
        }

        async function holds(after: Action) {
          // The association: the public sees the version last approved as shown, or nothing.
          const listed =
            (await api.graphql('query ($id: ID!) { association(id: $id) { name description } }', { id: associationId }))
              .body.data?.association ?? null;
          if (listed) expect(listed, `after ${after.t}`).toEqual(approvedPublic);
          const calendar = await api.graphql(contractOperation('Activities'), {
            from: new Date().toISOString(),
            to: new Date(Date.now() + 30 * day).toISOString(),
            first: 100,
          });
          for (const edge of calendar.body.data!.activities.edges) {
            if (!activityIds.includes(edge.node.id)) continue;
            expect(
              publishedAsSeen.has(`${edge.node.id}:${edge.node.title}`),
              `public activity ${edge.node.title} after ${after.t}`,
            ).toBe(true);
            expect(listed, `an activity of an association the public does not see, after ${after.t}`).not.toBeNull();
          }
          // The activities feed: only activities published as shown, of an association the public sees.
          const feed = await api.send({ method: 'GET', path: '/calendar/activities.ics', rawQueryString: '' });
          for (const event of eventsOf(feed.raw).values()) {
            const id = activityIds.find((candidate) => event.uid.startsWith(`activity-${candidate}@`));
            if (!id) continue;
            expect(
              [...publishedAsSeen].some((seenAs) => seenAs.startsWith(`${id}:`)),
              `a feed event never published, after ${after.t}`,
            ).toBe(true);
            expect(listed, `a feed event of an association the public does not see, after ${after.t}`).not.toBeNull();
          }
          // The page: in every language, a state an editor published (or scheduled) as it then was.
          await cms.runSyncJobs();
          const live = await cms.payload.findByID({
            collection: 'pages',
            id: pageId,
            draft: false,
            locale: 'all',
            depth: 0,
          });
          const liveTitles = Object.fromEntries(
            Object.entries((live.title ?? {}) as unknown as Record<string, string>).filter(([, value]) => value),
          );
          expect(approvedPages, `the live page after ${after.t}`).toContainEqual(liveTitles);
          for (const code of locales) {
            const served = (await api.graphql(contractOperation('Page'), { slug: key, locale: code.toUpperCase() }))
              .body.data?.page?.title;
            expect(served, `the API's ${code} title after ${after.t}`).toBe(
              (liveTitles as Titles)[code] ?? liveTitles.sv,
            );
          }
        }

        for (const a of actions) {
          await step(a);
          await holds(a);
        }
      }),
      { numRuns, seed, endOnFailure: true },
    );
  }, 600_000);
});
