import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';

let api: TestApi;
let lines: string[] = [];

beforeAll(async () => {
  api = await createTestApi({ VARNA_LOG_LEVEL: 'INFO' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Captures what the handler writes to stdout/stderr (where Lambda's log lines go). */
function captureLogs() {
  lines = [];
  const capture = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
}

describe('structured logs', () => {
  it('carry the request id and operation name, as JSON', async () => {
    captureLogs();
    await api.graphql(contractOperation('Districts'), {});
    vi.restoreAllMocks();
    const entries = lines
      .flatMap((line) => line.trim().split('\n'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const operation = entries.find((entry) => entry.message === 'GraphQL operation');
    expect(operation).toMatchObject({ operationName: 'Districts', status: 200, service: 'varna-api' });
    expect(operation!.requestId).toEqual(expect.any(String));
  });

  it('log a client’s mistake (no query, a syntax error) below ERROR, with the code it was answered', async () => {
    captureLogs();
    const noQuery = await api.send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    await api.graphql('{ districts { slug }');
    vi.restoreAllMocks();
    expect(noQuery.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const entries = lines
      .flatMap((line) => line.trim().split('\n'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.filter((entry) => entry.level === 'ERROR')).toEqual([]);
    expect(entries.filter((entry) => entry.message === 'GraphQL operation').map((entry) => entry.errorCodes)).toEqual([
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
    ]);
  });

  it('never carry a token or what a caller sent', async () => {
    const token = await api.token('association', 'account-secret-subject');
    captureLogs();
    await api.graphql(contractOperation('SupportResources'), { language: 'person@example.org' }, { token });
    await api.graphql(contractOperation('SupportResources'), {}, { token: `${token}x` });
    vi.restoreAllMocks();
    const output = lines.join('');
    expect(output).toContain('GraphQL operation');
    expect(output).toContain('Request refused before GraphQL');
    for (const secret of [token, token.split('.')[1]!, 'person@example.org', 'account-secret-subject'])
      expect(output).not.toContain(secret);
  });
});
