/**
 * The linked resources the code reads through `Resource` (declared in stacks/). Locally, `npm run dev`
 * and the bench provide them as `SST_RESOURCE_<Name>` variables (functions/local/environment.ts).
 */
import 'sst';

declare module 'sst' {
  export interface Resource {
    VarnaTableAccess: { type: 'sst.sst.Linkable'; name: string };
    FeedsTableAccess: { type: 'sst.sst.Linkable'; name: string };
    SearchIndexerTableAccess: { type: 'sst.sst.Linkable'; name: string };
    NotifierTableAccess: { type: 'sst.sst.Linkable'; name: string };
    RetentionTableAccess: { type: 'sst.sst.Linkable'; name: string };
    ReminderTableAccess: { type: 'sst.sst.Linkable'; name: string };
    WebhookTableAccess: { type: 'sst.sst.Linkable'; name: string };
    WebhookEndpoints: { type: 'sst.sst.Secret'; value: string };
    MailSender: { type: 'sst.sst.Linkable'; sender: string };
    CursorSecret: { type: 'sst.sst.Secret'; value: string };
    CmsJobsSecret: { type: 'sst.sst.Secret'; value: string };
    /** Signs (the CMS) and verifies (the API) draft preview links (functions/preview/token.ts). */
    PreviewSecret: { type: 'sst.sst.Secret'; value: string };
    /** The admin's server function, which the job runner invokes (stacks/cms.ts); host: the admin's own. */
    CmsServer: { type: 'sst.sst.Linkable'; name: string; host: string };
    PayloadSecret: { type: 'sst.sst.Secret'; value: string };
    Media: { type: 'sst.aws.Bucket'; name: string };
    MediaFiles: { type: 'sst.sst.Linkable'; name: string };
    CmsDatabase: {
      type: 'sst.aws.Postgres';
      username: string;
      password: string;
      host: string;
      port: number;
      database: string;
    };
  }
}
