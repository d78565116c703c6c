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
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
