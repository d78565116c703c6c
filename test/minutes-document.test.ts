import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_LINK_LIFETIME_SECONDS } from '../functions/files/file-links.js';
import { localFileLinks } from '../functions/files/local-file-links.js';
import { s3FileLinks } from '../functions/files/s3-file-links.js';
import { createLocalApiServer } from '../functions/local/http-server.js';
import { InvalidDocumentError, publish } from '../functions/read-model/publish.js';
import { freePort } from './browser/cms-server.js';
import { createTestApi, TENANT, type TestApi } from './support/api.js';

/**
 * The council's signed minutes as a file: the API hands a short-lived link to those who may read the
 * minutes and nothing to anyone else; the link works for the file it names, until it expires. Locally
 * the dev server serves the CMS's uploads for such links as S3 does on AWS.
 */
let api: TestApi;
let server: Server;
let staff: string;
const files = mkdtempSync(join(tmpdir(), 'varna-media-'));
const internalPdf = '%PDF-1.4\n% Protokoll interreligiösa rådet, internt\n%%EOF\n';
const publicPdf = '%PDF-1.4\n% Protokoll interreligiösa rådet, offentligt\n%%EOF\n';

const meeting = (key: string, minutesVisibility: 'PUBLIC' | 'INTERNAL', objectKey: string) => ({
  type: 'councilMeeting' as const,
  key,
  revision: 1,
  title: { sv: `Rådsmöte ${key} (test)` },
  startsAt: '2026-10-01T16:00:00Z',
  minutes: { sv: '<p>Protokollet</p>' },
  minutesVisibility,
  minutesDocument: { objectKey, filename: objectKey.split('/').pop()!, mimeType: 'application/pdf', filesize: 42 },
});

const query = `{ councilMeetings(filter: { from: "2000-01-01T00:00:00Z" }) { edges { node { id minutes minutesDocument { url expiresAt filename mimeType size } } } } }`;
const documentsOf = async (token?: string) => {
  const response = await api.graphql(query, {}, token ? { token } : {});
  expect(response.body.errors).toBeUndefined();
  return Object.fromEntries(
    response.body.data!.councilMeetings.edges.map((edge: any) => [edge.node.id, edge.node.minutesDocument]),
  );
};

beforeAll(async () => {
  const port = await freePort();
  api = await createTestApi({ VARNA_LOCAL_FILES_URL: `http://127.0.0.1:${port}/files` });
  staff = await api.token('staff');
  writeFileSync(join(files, 'protokoll-internt.pdf'), internalPdf);
  writeFileSync(join(files, 'protokoll-offentligt.pdf'), publicPdf);
  server = createLocalApiServer(api.handler, api.config.maxBodyBytes, { dir: files, secret: api.config.cursorSecret });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await publish(api.db, TENANT, meeting('internt-protokoll', 'INTERNAL', 'protokoll-internt.pdf'));
  await publish(api.db, TENANT, meeting('offentligt-protokoll', 'PUBLIC', 'protokoll-offentligt.pdf'));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a council meeting's minutes document", () => {
  it('reaches the public only when the minutes are public, as a link that downloads the file', async () => {
    const documents = await documentsOf();
    expect(documents['internt-protokoll']).toBeNull();
    const link = documents['offentligt-protokoll'];
    expect(link).toMatchObject({ filename: 'protokoll-offentligt.pdf', mimeType: 'application/pdf', size: 42 });
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(0);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(FILE_LINK_LIFETIME_SECONDS * 1000);
    const download = await fetch(link.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('cache-control')).toMatch(/no-store/);
    expect(await download.text()).toBe(publicPdf);
  });

  it('reaches staff for internal minutes too', async () => {
    const link = (await documentsOf(staff))['internt-protokoll'];
    const download = await fetch(link.url);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(internalPdf);
  });

  it('cannot be fetched with a link that was altered, made for another file, or has expired', async () => {
    const { url } = (await documentsOf())['offentligt-protokoll'];
    const tampered = new URL(url);
    tampered.searchParams.set('signature', `${tampered.searchParams.get('signature')!.slice(0, -2)}AA`);
    const otherFile = url.replace('protokoll-offentligt.pdf', 'protokoll-internt.pdf');
    const prolonged = new URL(url);
    prolonged.searchParams.set('expires', String(Number(prolonged.searchParams.get('expires')) + 3600));
    const expired = (
      await localFileLinks({ baseUrl: `http://${new URL(url).host}/files`, secret: api.config.cursorSecret }).link(
        meeting('x', 'PUBLIC', 'protokoll-offentligt.pdf').minutesDocument,
        new Date(Date.now() - 3600_000),
      )
    ).url;
    for (const refused of [tampered.toString(), otherFile, prolonged.toString(), expired, url.split('?')[0]!]) {
      const answer = await fetch(refused);
      expect(answer.status, refused).toBe(403);
      expect(await answer.text()).not.toContain('Protokoll');
    }
  });

  it('is refused by the read model when its key would climb out of the storage', async () => {
    await expect(publish(api.db, TENANT, meeting('klattrare', 'PUBLIC', '../cms.db'))).rejects.toBeInstanceOf(
      InvalidDocumentError,
    );
  });
});

describe('links into the media bucket on AWS', () => {
  it('are the presigned GET URLs S3 itself would make (the same signature as the SDK’s presigner)', async () => {
    const credentials = {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      sessionToken: 'session-token-example',
    };
    const now = new Date('2026-11-26T12:00:00Z');
    const file = {
      objectKey: 'protokoll/2026 höstmöte.pdf',
      filename: '2026 höstmöte.pdf',
      mimeType: 'application/pdf',
      filesize: 1234,
    };
    const ours = await s3FileLinks({ bucket: 'varna-production-media', region: 'eu-north-1', credentials }).link(
      file,
      now,
    );
    // Without checksums, which a download link neither sends nor asks for.
    const client = new S3Client({
      region: 'eu-north-1',
      credentials,
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const sdk = await getSignedUrl(
      client,
      new GetObjectCommand({ Bucket: 'varna-production-media', Key: file.objectKey }),
      {
        expiresIn: FILE_LINK_LIFETIME_SECONDS,
        signingDate: now,
      },
    );
    const normalise = (url: string) => {
      const parsed = new URL(url);
      return {
        origin: parsed.origin,
        path: parsed.pathname,
        query: Object.fromEntries([...parsed.searchParams].sort()),
      };
    };
    expect(normalise(ours.url)).toEqual(normalise(sdk));
    expect(ours.expiresAt).toBe('2026-11-26T12:05:00.000Z');
  });
});
