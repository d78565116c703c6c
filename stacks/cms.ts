import { deployedFunctions } from '../functions/handlers/triggers';
import { isProduction, stageConfig } from './config';
import { retention } from './retention';
import { tableAccess } from './api';
import { previewSecret } from './auth';
import { media } from './storage';
import { adminAllowListInjection } from './admin-allow-list';
import { mailSender } from './notifications';

/**
 * Payload on AWS. The admin runs as `sst.aws.Nextjs` (OpenNext on Lambda behind CloudFront) rather than
 * a container service: a handful of editors use it during office hours, so paying per request beats a
 * container that runs all night, and it is the same Next.js app `npm run dev` serves. PostgreSQL (RDS)
 * sits in the VPC's private subnets; media go to the private bucket through Payload's S3 adapter.
 */
export const vpc = new sst.aws.Vpc('Vpc', { nat: 'ec2', bastion: false });

export const database = new sst.aws.Postgres('CmsDatabase', {
  vpc,
  version: '16.4',
  instance: isProduction ? 't4g.small' : 't4g.micro',
  storage: '20 GB',
  multiAz: isProduction,
  // What a restore needs (README, "Restoring from backups"): automated backups as far back as the table's
  // point-in-time recovery, so both restore to the same moment; the README's privacy section cites the days.
  transform: {
    instance: (args) => {
      args.backupRetentionPeriod = retention.cmsDatabaseBackupDays;
      // UTC, before the 03:00 retention job and outside office hours; the maintenance window apart from it.
      args.backupWindow = '01:00-01:30';
      args.maintenanceWindow = 'sun:02:00-sun:02:30';
      args.copyTagsToSnapshot = true;
      // Production keeps its database: no deletion, a final snapshot, and its automated backups past a removal.
      args.deletionProtection = isProduction;
      args.skipFinalSnapshot = !isProduction;
      args.finalSnapshotIdentifier = isProduction ? `varna-${$app.stage}-cms-final` : undefined;
      args.deleteAutomatedBackups = !isProduction;
    },
  },
});

export const payloadSecret = new sst.Secret('PayloadSecret');
/** Shared by the admin and the job runner's cron: only it (besides signed-in editors) may trigger the job queue. */
export const jobsSecret = new sst.Secret('CmsJobsSecret');

const environment = {
  VARNA_STAGE: $app.stage,
  VARNA_TENANT: stageConfig.tenant,
  NEXT_TELEMETRY_DISABLED: '1',
  // A Lambda is frozen between requests, so Payload's in-process job timers would fire at random: an
  // editor's save runs its read-model sync right after the response, and the cron below runs the rest.
  CMS_AUTORUN_JOBS: 'false',
  CMS_SYNC_AFTER_RESPONSE: 'true',
  // The admin's own address, the one origin its session cookie counts from (never VARNA_LOCAL: nothing
  // deployed is a local run).
  ...(stageConfig.cmsUrl ? { VARNA_CMS_URL: stageConfig.cmsUrl } : {}),
  // Where Payload's preview button opens a draft (cms/preview/): the stage's website and intranet.
  VARNA_WEB_URL: stageConfig.webUrl,
  VARNA_INTRANET_URL: stageConfig.intranetUrl,
};

/** The OpenNext release SST 4.17.1 itself uses for Next.js 15+, pinned so that a deploy builds the same way every time. */
const openNextVersion = '3.9.14';

export const cms = new sst.aws.Nextjs('Cms', {
  // The Next.js app is cms/; its build script is the project's (npm finds package.json one folder up).
  path: 'cms',
  buildCommand: `npx --yes @opennextjs/aws@${openNextVersion} build --build-command "npm run cms:build"`,
  vpc,
  // The mail sender: password resets and stale-content reminders go out as the stage's SES identity.
  link: [database, tableAccess, media, payloadSecret, jobsSecret, previewSecret, mailSender],
  environment,
  ...(stageConfig.cmsDomain ? { domain: { name: stageConfig.cmsDomain } } : {}),
  server: { memory: '2048 MB', timeout: '30 seconds' },
  // Only the municipality's networks, where the stage configures them (stacks/config.ts); checked at the edge.
  edge: { viewerRequest: { injection: adminAllowListInjection(stageConfig.adminAllowedCidrs) } },
});

/**
 * The admin's server function as the job runner reaches it: invoked directly (Lambda's Invoke API), not
 * over HTTP through the admin's CloudFront, whose allow-list serves only the municipality's networks
 * (stacks/admin-allow-list.ts) and so would refuse the runner. Nothing is opened for it: only this link's
 * role may invoke that one function, and Payload still asks for the jobs secret.
 */
const cmsServer = cms.nodes.server!.nodes.function;
export const cmsServerInvoke = new sst.Linkable('CmsServer', {
  properties: { name: cmsServer.apply((server) => server.name), host: cms.url.apply((url) => new URL(url).host) },
  include: [
    sst.aws.permission({ actions: ['lambda:InvokeFunction'], resources: [cmsServer.apply((server) => server.arn)] }),
  ],
});

/** The job runner: every minute it has the admin run queued jobs (read-model syncs, scheduled publishing). */
export const jobRunner = new sst.aws.Cron('CmsJobs', {
  schedule: deployedFunctions.cmsJobs.schedule.aws,
  job: {
    handler: deployedFunctions.cmsJobs.handler,
    link: [jobsSecret, cmsServerInvoke],
    timeout: '55 seconds',
  },
});
