import { Resource } from 'sst/resource';
import { loadConfig } from '../config.js';
import { createGraphqlHandler } from '../server/lambda.js';

/**
 * Lambda entry point. The table and the cursor secret are linked resources (stacks/api.ts); `npm run dev`
 * provides the same links locally. Configuration is read and checked once, when the instance starts.
 */
export const handler = createGraphqlHandler(
  loadConfig({
    ...process.env,
    VARNA_TABLE_NAME: Resource.VarnaTableAccess.name,
    VARNA_CURSOR_SECRET: Resource.CursorSecret.value,
    // Verifies the CMS's draft preview links (stacks/api.ts).
    VARNA_PREVIEW_SECRET: Resource.PreviewSecret.value,
    // Read-only access to the media bucket, where a stage links it (locally the dev server serves the files).
    ...('MediaFiles' in Resource ? { VARNA_MEDIA_BUCKET: Resource.MediaFiles.name } : {}),
  }),
);
