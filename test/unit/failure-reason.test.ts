import { describe, expect, it } from 'vitest';
import { failureReason } from '../../cms/attention/failure-reason.js';

/** The dashboard's failed publications in words an editor understands, the technical cause kept for admins. */
describe('failureReason', () => {
  it.each([
    ['(exempel) DynamoDB svarade inte i tid; försök igen.', 'unreachable', /Webbplatsens databas svarade inte/],
    ['connect ECONNREFUSED 127.0.0.1:8000 (retrying)', 'unreachable', /Webbplatsens databas svarade inte/],
    ['Invalid document: title: Required', 'invalid', /en uppgift saknas eller har fel form/],
    ['Concurrent writes to page 12 kept changing its guards; nothing was written', 'concurrent', /ändrades samtidigt/],
    ['Something odd', 'unknown', /Ett tekniskt fel/],
  ])('%s', (error, kind, sentence) => {
    const reason = failureReason(error);
    expect(reason.kind).toBe(kind);
    expect(`${reason.happened.sv} ${reason.todo.sv}`).toMatch(sentence);
    expect(reason.technical).toBe(error.replace(' (retrying)', ''));
  });

  it('says when Värna retries by itself', () => {
    expect(failureReason('socket hang up (retrying)').retrying).toBe(true);
    expect(failureReason('socket hang up').retrying).toBe(false);
  });
});
