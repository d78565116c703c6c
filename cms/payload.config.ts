import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { s3Storage } from '@payloadcms/storage-s3';
import { buildConfig, type CollectionConfig } from 'payload';
import { CouncilMeetings } from './collections/council-meetings.js';
import { Departments } from './collections/departments.js';
import { Districts } from './collections/districts.js';
import { DocumentSync } from './collections/document-sync.js';
import { Media } from './collections/media.js';
import { Organisations } from './collections/organisations.js';
import { collectionFrom } from './collections/from-description.js';
import { SupportResources } from './collections/support-resources.js';
import { Trainings } from './collections/trainings.js';
import { Users } from './collections/users.js';
import { Municipalities } from './collections/municipalities.js';
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant';
import type { Config } from './payload-types.js';
import { isRegionalAdmin } from './access/roles.js';
import { tenantDefault, tenantFieldAccess } from './tenancy/access.js';
import { MUNICIPALITIES } from './tenancy/municipality.js';
import { databaseAdapter } from './database.js';
import { checkCmsEnvironment, cmsSettings } from './settings.js';
import { createDevAdmin } from './dev-admin.js';
import { SYNC_QUEUE } from './publishing/queue.js';
import { canRunJobs } from './access/can-run-jobs.js';
import { syncReadModelTask } from './publishing/sync-read-model-task.js';
import { moderationEndpoint } from './moderation/endpoint.js';
import { DEFAULT_REGION } from '../functions/defaults.js';
import type { EditorialCollection } from '../functions/content-types/index.js';
import { describedTypes, type DescribedType } from '../functions/content-types/described.js';
import { en } from '@payloadcms/translations/languages/en';
import { sv } from '@payloadcms/translations/languages/sv';
import { withLabels } from './i18n/with-labels.js';
import { cmsEmail } from './mail.js';
import { remindStaleContentTask } from './attention/remind-stale-task.js';
import { releaseStaleSyncJobsTask } from './publishing/release-stale-jobs.js';
import { StaleReminders } from './collections/stale-reminders.js';
import { sendInvitationTask } from './auth/invitation.js';
import { ReportAnalyses } from './collections/report-analyses.js';
import { retrySyncEndpoint } from './attention/retry-sync-endpoint.js';
import { staleActionEndpoint } from './attention/stale-action-endpoint.js';
import { reportEndpoints } from './reports/endpoint.js';
import { resendWebhookEndpoint } from './webhooks/endpoint.js';
import { requestOrigins } from './auth/request-origins.js';
import { words as moderationWords } from './moderation/words.js';
import { words as reportWords } from './reports/words.js';
import { words as webhookWords } from './webhooks/words.js';
import { participantsTranslations } from './trainings/words.js';
import { AccessibleNameFeature } from './rich-text/accessible-name.js';
import { draftPreviewButton } from './preview/preview-endpoint.js';

const cmsDir = path.dirname(fileURLToPath(import.meta.url));

/** The collections of the described content types (functions/content-types/described.ts), built from their descriptions. */
const describedCollections = Object.fromEntries(
  describedTypes.map((description) => [description.collection, collectionFrom(description)]),
) as Record<DescribedType['collection'], CollectionConfig>;

/** The collection of every content type in the registry (functions/content-types): one missing is a type error. */
const editorialCollections: Record<EditorialCollection, CollectionConfig> = {
  'support-resources': SupportResources,
  organisations: Organisations,
  'council-meetings': CouncilMeetings,
  trainings: Trainings,
  districts: Districts,
  departments: Departments,
  ...describedCollections,
};

/** Payload's preview button on an editorial collection: it opens the draft on its frontend (cms/preview/). */
const withDraftPreview = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, preview: draftPreviewButton(collection.slug) },
});

checkCmsEnvironment();
const secret = cmsSettings.payloadSecret();
const mediaBucket = cmsSettings.mediaBucket();
if (!secret || secret.length < 32)
  throw new Error('PAYLOAD_SECRET must be set to at least 32 characters (npm run dev generates one under .data/).');

export default buildConfig({
  secret,
  telemetry: false,
  // The session cookie counts only from the CMS's own address, where it is deployed.
  ...requestOrigins(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: cmsDir, importMapFile: path.resolve(cmsDir, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Värna' },
    // Swedish dates with a 24-hour clock; scheduling in Swedish time, whatever the editor's machine says.
    dateFormat: 'yyyy-MM-dd HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Stockholm', value: 'Europe/Stockholm' }],
      defaultTimezone: 'Europe/Stockholm',
    },
    // Gravatar would send editors' e-mail hashes to a third party (and show a broken image offline).
    avatar: 'default',
    // The version view's Restore control: which languages to restore, in Swedish, in Swedish time
    // (cms/versions/; rendered in place of Payload's by patches/@payloadcms+next+3.90.1.patch).
    dependencies: { 'version-restore': { path: '/versions/RestoreVersion.js#RestoreVersion', type: 'component' } },
    components: {
      // Botkyrka kommun's name and (placeholder) mark on the login page and in the navigation, not Payload's.
      graphics: { Logo: '/branding/Logo.js#Logo', Icon: '/branding/Icon.js#Icon' },
      views: {
        // Each view its own page title (WCAG 2.4.2), in the admin's language, Swedish: the suffix is Värna's.
        moderation: {
          Component: '/moderation/ModerationView.js#ModerationView',
          path: '/moderation',
          meta: { title: moderationWords.heading.sv },
        },
        reports: {
          Component: '/reports/ReportsView.js#ReportsView',
          path: '/reports',
          meta: { title: reportWords.heading.sv },
        },
        webhooks: {
          Component: '/webhooks/WebhooksView.js#WebhooksView',
          path: '/webhooks',
          meta: { title: webhookWords.heading.sv },
        },
      },
      afterNavLinks: [
        '/moderation/ModerationNavLink.js#ModerationNavLink',
        '/reports/ReportsNavLink.js#ReportsNavLink',
        '/webhooks/WebhooksNavLink.js#WebhooksNavLink',
      ],
      // What needs an editor's attention, above the collection cards.
      beforeDashboard: ['/attention/NeedsAttention.js#NeedsAttention'],
    },
  },
  collections: [
    ...Object.values(editorialCollections).map(withDraftPreview),
    Media,
    Users,
    Municipalities,
    DocumentSync,
    StaleReminders,
    ReportAnalyses,
  ].map(withLabels),
  // Payload's default features, and every rich-text field's editing area named by its label (cms/rich-text/).
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, AccessibleNameFeature()] }),
  email: cmsEmail(),
  // The admin in Swedish (the editors' language); English per user, from the account view.
  // Värna's own words where Payload asks its `t` for them (a document tab's name).
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv', translations: participantsTranslations },
  localization: {
    locales: [
      { code: 'sv', label: 'Svenska' },
      { code: 'en', label: 'English' },
      { code: 'fi', label: 'Suomi' },
      { code: 'ar', label: 'العربية', rtl: true },
      { code: 'so', label: 'Soomaali' },
    ],
    defaultLocale: 'sv',
    fallback: true,
  },
  db: databaseAdapter(cmsDir),
  // The product's one GraphQL API is Värna's own; Payload's would be a second door to the content.
  graphQL: { disable: true },
  typescript: { outputFile: path.resolve(cmsDir, 'payload-types.ts') },
  jobs: {
    tasks: [syncReadModelTask, remindStaleContentTask, sendInvitationTask, releaseStaleSyncJobsTask],
    access: { run: canRunJobs },
    // Every second for read-model syncs (an editor waits for them); every minute for scheduled publishing.
    autoRun: [
      { cron: '* * * * * *', queue: SYNC_QUEUE, limit: 20, silent: true },
      { cron: '* * * * *', queue: 'default', limit: 20, silent: true },
    ],
    shouldAutoRun: () => process.env.CMS_AUTORUN_JOBS !== 'false',
  },
  plugins: [
    // Uploads go to the linked private bucket on AWS; the plugin is always configured (disabled locally)
    // so that the admin's import map is the same everywhere.
    s3Storage({
      enabled: Boolean(mediaBucket),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: mediaBucket ?? 'not-linked',
      config: { region: process.env.AWS_REGION ?? DEFAULT_REGION },
    }),
    // Municipalities as tenants (issue 32): each editorial document belongs to one, and its users see theirs only.
    // Last: it wraps the access and relationships the other plugins leave.
    multiTenantPlugin<Config>({
      tenantsSlug: MUNICIPALITIES,
      collections: {
        'support-resources': {},
        pages: {},
        situations: {},
        organisations: {},
        'council-meetings': {},
        trainings: {},
        districts: {},
        departments: {},
        media: {},
        'report-analyses': {},
      },
      // Only a regional admin moves a document to another municipality (the field doubles as a move, payload#13081).
      tenantField: { access: tenantFieldAccess, defaultValue: tenantDefault },
      // The users' field is in collections/users.ts, with a new user's municipalities as its default.
      tenantsArrayField: { includeDefaultField: false },
      userHasAccessToAllTenants: (user) => isRegionalAdmin(user),
      // The municipalities collection writes its own access (collections/municipalities.ts).
      useTenantsCollectionAccess: false,
      // Deleting a municipality would delete (and unpublish) all its content: deleting one is closed instead.
      cleanupAfterTenantDelete: false,
      i18n: {
        translations: {
          sv: {
            'nav-tenantSelector-label': 'Kommun',
            'field-assignedTenant-label': 'Kommun',
            'assign-tenant-button-label': 'Flytta till annan kommun',
            'assign-tenant-modal-title': 'Flytta "{{title}}"',
          },
          en: {
            'nav-tenantSelector-label': 'Municipality',
            'field-assignedTenant-label': 'Municipality',
            'assign-tenant-button-label': 'Move to another municipality',
            'assign-tenant-modal-title': 'Move "{{title}}"',
          },
        },
      },
    }),
  ],
  endpoints: [moderationEndpoint, retrySyncEndpoint, staleActionEndpoint, ...reportEndpoints, resendWebhookEndpoint],
  onInit: createDevAdmin,
});
