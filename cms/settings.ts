import { Resource } from 'sst';
import { localStages } from '../functions/config.js';

/**
 * The CMS's settings. On AWS they are linked resources (stacks/cms.ts), read through `Resource`; where a
 * resource is not linked (a local run, the tests), the environment variable of the same setting is used.
 */
function linked<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    // `Resource` throws when this process has no links at all, or not this one: the setting is not linked.
    if (error instanceof Error && /not linked|SST links are active/i.test(error.message)) return undefined;
    throw error;
  }
}

export const cmsSettings = {
  payloadSecret: () => linked(() => Resource.PayloadSecret.value) ?? process.env.PAYLOAD_SECRET,
  /** PostgreSQL on AWS (the linked RDS instance) or DATABASE_URL; SQLite when neither is there. */
  databaseUrl: () =>
    process.env.DATABASE_URL ||
    linked(() => {
      const database = Resource.CmsDatabase;
      return `postgres://${encodeURIComponent(database.username)}:${encodeURIComponent(database.password)}@${database.host}:${database.port}/${database.database}`;
    }),
  tableName: () => linked(() => Resource.VarnaTableAccess.name) ?? process.env.VARNA_TABLE_NAME,
  jobsSecret: () => linked(() => Resource.CmsJobsSecret.value),
  /** The private media bucket on AWS; locally uploads stay on disk. */
  mediaBucket: () => linked(() => Resource.Media.name),
  /** The stage: VARNA_STAGE, or the SST app's stage under `sst shell`; unset means unknown, never "local". */
  stage: () => process.env.VARNA_STAGE || linked(() => Resource.App.stage),
  /** Only `npm run dev` and the tests run a stage whose CMS may be claimed by whoever comes first. */
  isLocalStage: () => localStages.includes(cmsSettings.stage() ?? ''),
};
