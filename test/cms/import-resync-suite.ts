import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureError, importFixture } from '../../cms/import/fixture-import.js';
import { drainSyncJobs } from '../../cms/publishing/drain.js';
import { resyncReadModel } from '../../cms/publishing/resync.js';
import type { EditorialFixture } from '../../functions/read-model/fixture.js';
import { publish } from '../../functions/read-model/publish.js';
import { TENANT } from '../support/api.js';
import { contractDir, contractOperation } from '../support/contract.js';
import { cmsPerTestFile, type CmsDatabase } from './support.js';

const fixture = JSON.parse(readFileSync(join(contractDir, 'fixture.example.json'), 'utf8'));
/** The upcoming sections (departments, trainings with capacity, situations); it refers to keys of the fixture above. */
const nextFixture = JSON.parse(readFileSync(join(contractDir, 'next/fixture.example.json'), 'utf8'));

/** `npm run cms:import` and `npm run cms:resync` on each database of the CMS; run by one test file per database. */
export function importResyncSuite(database: CmsDatabase) {
  const context = cmsPerTestFile(database);

  const count = async (collection: 'organisations' | 'support-resources' | 'pages' | 'districts') =>
    (await context.cms.payload.count({ collection, overrideAccess: true })).totalDocs;

  describe(`npm run cms:import (${database})`, () => {
    it('imports the contract fixture so that its published documents reach the API', async () => {
      const report = await importFixture(context.cms.payload, fixture);
      expect(report.created).toContain('support-resources/example-relatives-line');
      expect(await drainSyncJobs(context.cms.payload, 30_000)).toBe(0);
      const resource = (
        await context.cms.api.graphql(contractOperation('SupportResource'), {
          slug: 'example-relatives-line',
          locale: 'EN',
        })
      ).body.data!.supportResource;
      expect(resource).toMatchObject({
        title: 'Support for worried relatives (example)',
        body: '<p>You can stay anonymous.</p>',
        provider: { name: 'Exempelföreningen Unga i Alby' },
      });
      expect(resource.districts.map((district: any) => district.slug)).toEqual(['alby', 'fittja', 'tumba']);
      const internal = (
        await context.cms.api.graphql(contractOperation('StaffSupportResources'), {}, { token: context.staff })
      ).body.data!.supportResources.edges;
      expect(internal.map((edge: any) => edge.node.slug)).toContain('example-staff-guide');
    });

    it('imports the upcoming sections: departments with their targets, trainings taking registrations, situations', async () => {
      await importFixture(context.cms.payload, nextFixture);
      expect(await drainSyncJobs(context.cms.payload, 30_000)).toBe(0);
      const departments = (
        await context.cms.api.graphql(
          '{ departments { slug name trainingTargets { audience count } } }',
          {},
          { token: context.staff },
        )
      ).body.data!.departments;
      expect(departments).toContainEqual({
        slug: 'utbildningsforvaltningen',
        name: 'Utbildningsförvaltningen (exempel)',
        trainingTargets: [
          { audience: 'FIRST_LINE_STAFF', count: 120 },
          { audience: 'MANAGERS', count: 15 },
        ],
      });
      const training = (
        await context.cms.api.graphql(
          contractOperation('TrainingSeats'),
          { id: 'example-training-registration' },
          { token: context.staff },
        )
      ).body.data!.training;
      expect(training).toMatchObject({
        capacity: 25,
        seatsLeft: 25,
        registrationOpen: Date.parse('2027-02-03T13:00:00+01:00') > Date.now(),
        myRegistration: null,
      });
      const situation = (
        await context.cms.api.graphql(contractOperation('Situation'), { slug: 'orolig-for-mitt-barn' })
      ).body.data!.situation;
      expect(situation.resources.map((resource: any) => resource.slug)).toEqual(['example-relatives-line']);
    });

    it('updates instead of duplicating when the same file is imported again', async () => {
      const before = await Promise.all([
        count('organisations'),
        count('support-resources'),
        count('pages'),
        count('districts'),
      ]);
      const report = await importFixture(context.cms.payload, fixture);
      expect(report.created).toEqual([]);
      expect(report.updated.length).toBeGreaterThan(0);
      expect(
        await Promise.all([count('organisations'), count('support-resources'), count('pages'), count('districts')]),
      ).toEqual(before);
    });

    it('keeps drafts out of the API', async () => {
      await importFixture(context.cms.payload, {
        pages: [{ key: 'importerat-utkast', status: 'draft', visibility: 'PUBLIC', title: { sv: 'Utkast' } }],
      });
      await drainSyncJobs(context.cms.payload, 30_000);
      expect(
        (
          await context.cms.api.graphql(
            contractOperation('Page'),
            { slug: 'importerat-utkast' },
            { token: context.staff },
          )
        ).body.data!.page,
      ).toBeNull();
    });

    it('refuses a file with an invalid document, naming it, and writes nothing', async () => {
      const before = await count('pages');
      const bad: EditorialFixture = {
        pages: [
          { key: 'ok-sida', status: 'published', visibility: 'PUBLIC', title: { sv: 'OK' } },
          { key: 'Dålig Nyckel', status: 'published', visibility: 'SECRET', title: { en: 'No Swedish' } },
        ],
      };
      await expect(importFixture(context.cms.payload, bad)).rejects.toThrow(FixtureError);
      await expect(importFixture(context.cms.payload, bad)).rejects.toThrow(
        /pages\[1\].*key[\s\S]*visibility[\s\S]*title/,
      );
      expect(await count('pages')).toBe(before);
    });

    it('keeps the rich text the API serves (structure and links) and drops the rest (scripts, images by address, script links)', async () => {
      const body =
        '<h2>Rubrik</h2><h3>Underrubrik</h3><p>Text <strong>fet</strong> <em>kursiv</em> <a href="https://example.org/stod">länk</a> <a href="mailto:stod@example.org">e-post</a></p>' +
        '<ul><li>ett</li></ul><ol><li>två</li></ol><blockquote>citat</blockquote>' +
        '<p>Bild: <img src="https://example.org/bild.png" onerror="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)">farlig</a></p>';
      await importFixture(context.cms.payload, {
        pages: [
          { key: 'rik-text', status: 'published', visibility: 'PUBLIC', title: { sv: 'Rik text' }, body: { sv: body } },
        ],
      });
      expect(await drainSyncJobs(context.cms.payload, 30_000)).toBe(0);
      const served: string = (await context.cms.api.graphql(contractOperation('Page'), { slug: 'rik-text' })).body.data!
        .page.body;
      for (const kept of [
        '<h2>Rubrik</h2>',
        '<h3>Underrubrik</h3>',
        '<strong>fet</strong>',
        '<em>kursiv</em>',
        'href="https://example.org/stod"',
        'href="mailto:stod@example.org"',
        '<li>ett</li>',
        '<li>två</li>',
        'citat',
      ]) {
        expect(served).toContain(kept);
      }
      expect(served).not.toMatch(/<img|<script|javascript:|onerror/);
      expect(served).toContain('farlig');
    });

    it('refuses a file that names a document which exists neither in the file nor in the CMS, and writes nothing', async () => {
      const before = await Promise.all([count('pages'), count('support-resources')]);
      const dangling: EditorialFixture = {
        pages: [{ key: 'sida-fore-felet', status: 'published', visibility: 'PUBLIC', title: { sv: 'Före felet' } }],
        supportResources: [
          {
            key: 'resurs-med-okand-utforare',
            status: 'published',
            visibility: 'PUBLIC',
            title: { sv: 'Resurs' },
            audiences: ['RELATIVES'],
            preventionLevel: 'GENERAL',
            languages: ['sv'],
            provider: 'ingen-sadan-organisation',
            districts: ['alby', 'atlantis'],
          },
        ],
      };
      const refusal = await importFixture(context.cms.payload, dangling).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(FixtureError);
      expect((refusal as Error).message).toMatch(
        /supportResources\[0\] \(resurs-med-okand-utforare\)\.provider: .*"ingen-sadan-organisation"/,
      );
      expect((refusal as Error).message).toMatch(
        /supportResources\[0\] \(resurs-med-okand-utforare\)\.districts: .*"atlantis"/,
      );
      expect(await Promise.all([count('pages'), count('support-resources')])).toEqual(before);
    });
  });

  describe(`npm run cms:resync (${database})`, () => {
    it("repairs a read model that was changed behind the CMS's back, and says what it changed", async () => {
      const { db } = context.cms.api;
      // Behind the CMS's back: one copy deleted, one rewritten with a far-future revision, one invented.
      await db.entities.supportResource.delete({ tenant: TENANT, scope: 'public', key: 'example-relatives-line' }).go();
      await publish(db, TENANT, {
        type: 'page',
        key: 'orolig-for-nagon',
        revision: Number.MAX_SAFE_INTEGER,
        visibility: 'PUBLIC',
        title: { sv: 'Manipulerad' },
      });
      await publish(db, TENANT, {
        type: 'page',
        key: 'okand-sida',
        revision: 1,
        visibility: 'PUBLIC',
        title: { sv: 'Finns inte i CMS' },
      });

      const report = await resyncReadModel(context.cms.payload, { db, tenant: TENANT });
      expect(report.republished.sort()).toEqual(['page/orolig-for-nagon', 'supportResource/example-relatives-line']);
      expect(report.removed).toEqual(['page/okand-sida']);

      expect(
        (await context.cms.api.graphql(contractOperation('SupportResource'), { slug: 'example-relatives-line' })).body
          .data!.supportResource,
      ).not.toBeNull();
      expect(
        (await context.cms.api.graphql(contractOperation('Page'), { slug: 'orolig-for-nagon' })).body.data!.page.title,
      ).toBe('Orolig för någon? (exempel)');
      expect(
        (await context.cms.api.graphql(contractOperation('Page'), { slug: 'okand-sida' }, { token: context.staff }))
          .body.data!.page,
      ).toBeNull();

      const again = await resyncReadModel(context.cms.payload, { db, tenant: TENANT });
      expect(again.republished).toEqual([]);
      expect(again.removed).toEqual([]);
      expect(again.unchanged).toBeGreaterThan(5);
    });
  });
}
