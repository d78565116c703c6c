import { createHash, createHmac } from 'node:crypto';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { SignatureV4 } from '@smithy/signature-v4';
import { FILE_LINK_LIFETIME_SECONDS, linkOf, type FileLinks } from './file-links.js';

/** SHA-256 (and HMAC-SHA-256 with a secret) from Node's crypto, in the shape SignatureV4 expects. */
class NodeSha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    const key = typeof secret === 'string' || secret === undefined ? secret : ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
    this.hash = key === undefined ? createHash('sha256') : createHmac('sha256', key);
  }
  update(data: Uint8Array | string) {
    this.hash.update(data);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

/**
 * Links into the private media bucket on AWS: S3 presigned GET URLs (Signature V4, query string), signed
 * with the Lambda's own role, which may only read objects of that bucket (stacks/api.ts). Made with the
 * SDK's signer alone: the S3 client would double the Lambda bundle for one URL.
 */
export function s3FileLinks(options: { bucket: string; region: string; credentials?: ConstructorParameters<typeof SignatureV4>[0]['credentials'] }): FileLinks {
  const signer = new SignatureV4({ service: 's3', region: options.region, credentials: options.credentials ?? fromEnv(), sha256: NodeSha256, uriEscapePath: false, applyChecksum: false });
  const hostname = `${options.bucket}.s3.${options.region}.amazonaws.com`;
  return {
    async link(file, now) {
      const path = `/${file.objectKey.split('/').map(encodeURIComponent).join('/')}`;
      const signed = await signer.presign(
        // As the SDK's presigner signs a GetObject: the payload unsigned (a GET has none), the operation named.
        { method: 'GET', protocol: 'https:', hostname, path, headers: { host: hostname, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' }, query: { 'x-id': 'GetObject' } },
        { expiresIn: FILE_LINK_LIFETIME_SECONDS, signingDate: now },
      );
      const query = Object.entries(signed.query ?? {})
        .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
        .join('&');
      return linkOf(file, `https://${hostname}${path}?${query}`, new Date(now.getTime() + FILE_LINK_LIFETIME_SECONDS * 1000));
    },
  };
}
