import { awsSigner, type SigningCredentials } from '../aws-signer.js';
import { FILE_LINK_LIFETIME_SECONDS, linkOf, type FileLinks } from './file-links.js';

/**
 * Links into the private media bucket on AWS: S3 presigned GET URLs (Signature V4, query string), signed
 * with the Lambda's own role, which may only read objects of that bucket (stacks/api.ts); the S3 client
 * would double the bundle for one URL.
 */
export function s3FileLinks(options: { bucket: string; region: string; credentials?: SigningCredentials }): FileLinks {
  // S3's rules: the path is escaped once (below), and a presigned GET has no payload to checksum.
  const signer = awsSigner({
    service: 's3',
    region: options.region,
    credentials: options.credentials,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const hostname = `${options.bucket}.s3.${options.region}.amazonaws.com`;
  return {
    async link(file, now) {
      const path = `/${file.objectKey.split('/').map(encodeURIComponent).join('/')}`;
      const signed = await signer.presign(
        // As the SDK's presigner signs a GetObject: the payload unsigned (a GET has none), the operation named.
        {
          method: 'GET',
          protocol: 'https:',
          hostname,
          path,
          headers: { host: hostname, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
          query: { 'x-id': 'GetObject' },
        },
        { expiresIn: FILE_LINK_LIFETIME_SECONDS, signingDate: now },
      );
      const query = Object.entries(signed.query ?? {})
        .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
        .join('&');
      return linkOf(
        file,
        `https://${hostname}${path}?${query}`,
        new Date(now.getTime() + FILE_LINK_LIFETIME_SECONDS * 1000),
      );
    },
  };
}
