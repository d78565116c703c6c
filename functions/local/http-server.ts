import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiHandler } from '../server/lambda.js';
import { apiGatewayEvent, lambdaContext } from './api-gateway-event.js';
import { localFileLinkVerifier } from '../files/local-file-links.js';
import { serveLocalFile } from './file-server.js';
import { routedFunction } from '../handlers/triggers.js';

/**
 * `npm run dev`'s HTTP front: it turns each request into the API Gateway v2 event AWS would deliver and
 * calls the same Lambda handler, so local behaviour (limits, auth, errors) is the deployed behaviour.
 * CORS is answered here as API Gateway's CORS configuration answers it in AWS.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve('too-large');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function writeCors(response: ServerResponse) {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader(
    'access-control-allow-headers',
    'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-varna-preview',
  );
  response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
}

/** `files`: the CMS's local uploads, served under /files/ to the links the API signs (functions/files/local-file-links.ts). */
export function createLocalApiServer(
  handler: ApiHandler,
  maxBodyBytes: number,
  files?: { dir: string; secret: string },
): Server {
  const localFiles = files && { dir: files.dir, verify: localFileLinkVerifier(files.secret) };
  return createServer(async (request, response) => {
    writeCors(response);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (localFiles && url.pathname.startsWith('/files/')) {
      await serveLocalFile(request, response, url, localFiles).catch(() => {
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    if (!routedFunction(request.method ?? 'GET', url.pathname)) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          message: 'Not found: the API is at /graphql, the calendars under /calendar/, open data under /open-data/',
        }),
      );
      return;
    }
    try {
      const body = await readBody(request, maxBodyBytes);
      if (body === 'too-large') {
        response.writeHead(413, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            errors: [
              {
                message: `The request body is larger than ${maxBodyBytes} bytes.`,
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ],
          }),
        );
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(',') : (value ?? ''),
        ]),
      );
      const event = apiGatewayEvent({
        method: request.method ?? 'GET',
        path: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        body: body.toString('utf8'),
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      });
      const result = await handler(event, lambdaContext(event.requestContext.requestId));
      for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, String(value));
      response.writeHead(result.statusCode ?? 200);
      response.end(result.isBase64Encoded && result.body ? Buffer.from(result.body, 'base64') : (result.body ?? ''));
    } catch {
      response
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: 'Something went wrong on our side.' }] }));
    }
  });
}
