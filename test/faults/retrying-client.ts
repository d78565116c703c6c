import type { GraphqlResponse } from '../support/api.js';

/** One try of a client's write: done, or refused with what the user saw (an error shown, never a wrong answer). */
export type Attempt = { done: true } | { done: false; saw: string; final?: boolean };

/** What a client saw of one write while a fault lasted and how it ended. */
export interface ClientRun {
  label: string;
  /** What each refused try showed the user. */
  refusals: string[];
  /** When the write was acknowledged (ms since the epoch); undefined when it never was before the deadline. */
  acknowledgedAt?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client that retries a refused write as a frontend or the CMS's job would, with the same idempotency key
 * or expected version, every `everyMs` until it is acknowledged or `deadline` passes.
 */
export async function retryUntilAcknowledged(
  label: string,
  attempt: () => Promise<Attempt>,
  deadline: () => number,
  everyMs = 250,
): Promise<ClientRun> {
  const run: ClientRun = { label, refusals: [] };
  for (;;) {
    const result = await attempt();
    if (result.done) {
      run.acknowledgedAt = Date.now();
      return run;
    }
    run.refusals.push(result.saw);
    // A refusal that no retry can change (not a dependency unavailable) ends the client's tries.
    if (result.final || Date.now() > deadline()) return run;
    await pause(everyMs);
  }
}

/** What a GraphQL answer showed: its HTTP status and error codes (and the message of the first error). */
export const sawOf = (response: GraphqlResponse) =>
  `HTTP ${response.status} ${(response.body.errors ?? []).map((error) => error.extensions?.code).join(',')}: ${
    response.body.errors?.[0]?.message ?? ''
  }`;
