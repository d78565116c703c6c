import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';

const cmsDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(cmsDir, '..');
// Turbopack keeps its compiled modules on disk for the next run (Next's default). A one-off run in a fresh
// folder, as the browser tests' servers and build are, only pays for writing it: CMS_TURBOPACK_CACHE=off.
const turbopackDiskCache = process.env.CMS_TURBOPACK_CACHE !== 'off';

/** The CMS admin (Next.js). The CMS imports the API's read-model code from ../functions, hence the roots. */
const nextConfig = {
  // The browser tests' production build goes to a folder of its own (test/browser/production-build.ts):
  // a build rewrites its whole folder, and the stack tests read `.next` as SST's Nextjs component would.
  distDir: process.env.CMS_NEXT_DIST_DIR || '.next',
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  poweredByHeader: false,
  experimental: {
    turbopackFileSystemCacheForDev: turbopackDiskCache,
    turbopackFileSystemCacheForBuild: turbopackDiskCache,
  },
  // `npm run typecheck` checks the CMS's code (NodeNext, as Turbopack resolves it). Next's own check would
  // re-check it and Payload's generated admin files, whose extensionless imports NodeNext refuses.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        // The admin is never framed by another site (clickjacking) and declares what it sends.
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          // HTTPS only, for a year, this host and its subdomains (the session cookie is Secure there). Sent
          // everywhere: headers() is fixed at build time, and browsers ignore it over http (`npm run dev`).
          { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
          // No window another site opens keeps a handle on the admin's, and no page here uses these devices.
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
      {
        // Signed-in pages and API answers: never kept by CloudFront or any shared cache, for anyone.
        source: '/:area(admin|api)/:path*',
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      },
    ];
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
