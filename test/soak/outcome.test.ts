import { describe, expect, it } from 'vitest';
import { classifyAnswer } from './outcome.js';

describe('what the soak counts as an error', () => {
  it('counts a refusal with a contract code as a refusal, not an error', () => {
    const body = {
      data: { approveAssociation: null },
      errors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }],
    };
    expect(classifyAnswer(200, body).outcome).toEqual({ kind: 'refused', code: 'CONFLICT' });
  });

  it.each([
    ['HTTP 500', 500, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }],
    ['a code outside the contract', 200, { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }],
    ['an error without a code', 200, { errors: [{ message: 'x' }] }],
    ['neither data nor errors', 200, {}],
  ])('counts %s as an error', (_, status, body) => {
    expect(classifyAnswer(status, body).outcome.kind).toBe('failed');
  });

  it('counts an answer with data and no errors as answered', () => {
    expect(classifyAnswer(200, { data: { districts: [] } }).outcome).toEqual({ kind: 'ok' });
  });
});
