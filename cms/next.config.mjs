import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';

const cmsDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(cmsDir, '..');

/** The CMS admin (Next.js). The CMS imports the API's read-model code from ../functions, hence the roots. */
const nextConfig = {
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  poweredByHeader: false,
  // `npm run typecheck` checks the CMS's code (NodeNext, as Turbopack resolves it). Next's own check would
  // re-check it and Payload's generated admin files, whose extensionless imports NodeNext refuses.
  typescript: { ignoreBuildErrors: true },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
