import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { uploadMediaTypes } from '../domain/media-types.js';
import type { localFileLinkVerifier } from '../files/local-file-links.js';

/**
 * `npm run dev`'s stand-in for presigned S3 links: GET /files/<object key>?expires&signature serves the
 * CMS's local upload of that key while the link the API made is valid; anything else is refused.
 */
export async function serveLocalFile(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  files: { dir: string; verify: ReturnType<typeof localFileLinkVerifier> },
): Promise<void> {
  const refuse = (status: number, message: string): void =>
    void response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Files are only read here.');
  let objectKey: string;
  try {
    objectKey = url.pathname.slice('/files/'.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return refuse(400, 'Malformed file address.');
  }
  if (!files.verify(objectKey, url.searchParams, new Date()))
    return refuse(403, 'This link is not valid, or no longer: ask the API for a fresh one.');
  const root = resolve(files.dir);
  const path = resolve(root, objectKey);
  if (!path.startsWith(root + sep)) return refuse(403, 'This link is not valid.');
  const found = await stat(path).catch(() => null);
  if (!found?.isFile()) return refuse(404, 'The file is gone.');
  response.writeHead(200, {
    'content-type': uploadMediaTypes[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(found.size),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(path).pipe(response);
}
