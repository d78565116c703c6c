import { RETRYING } from '../publishing/describe-sync-state.js';
import { text, type Text } from '../i18n/labels.js';

/** A failed publication told to an editor: what happened and what to do; the technical detail kept for admins. */
export interface FailureReason {
  kind: 'invalid' | 'unreachable' | 'concurrent' | 'unknown';
  happened: Text;
  todo: Text;
  /** Whether Värna tries again by itself (the sync job has retries left). */
  retrying: boolean;
  /** The error as the sync job recorded it, without the retry marker. */
  technical: string;
}

const reasons: { kind: FailureReason['kind']; matches: RegExp; happened: Text; todo: Text }[] = [
  {
    // functions/read-model/publish.ts: the shared rules refused the document (a missing or malformed field).
    kind: 'invalid',
    matches: /^Invalid document:|refuses this document/i,
    happened: text(
      'Webbplatsen tog inte emot dokumentet: en uppgift saknas eller har fel form.',
      'The website did not accept the document: a detail is missing or malformed.',
    ),
    todo: text(
      'Öppna dokumentet, rätta uppgiften som felet nämner och publicera igen.',
      'Open the document, correct the detail the error names and publish again.',
    ),
  },
  {
    // functions/read-model/publish.ts: ConcurrentWriteError.
    kind: 'concurrent',
    matches: /Concurrent writes|kept changing/i,
    happened: text(
      'Dokumentet ändrades samtidigt från ett annat håll, så inget skrevs.',
      'The document was changed from elsewhere at the same moment, so nothing was written.',
    ),
    todo: text('Försök igen om en stund.', 'Try again in a moment.'),
  },
  {
    // DynamoDB or the network: timeouts, refused or reset connections, throttling, AWS service errors.
    kind: 'unreachable',
    matches:
      /DynamoDB|svarade inte|timed? ?out|timeout|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|socket|network|Throttl|ProvisionedThroughput|ServiceUnavailable|InternalServerError|fetch failed/i,
    happened: text(
      'Webbplatsens databas svarade inte, så ändringen har inte nått webbplatsen än.',
      "The website's database did not answer, so the change has not reached the website yet.",
    ),
    todo: text(
      'Du behöver inte göra om något. Kvarstår felet efter en stund, be en administratör försöka igen.',
      'You need not redo anything. If it persists, ask an admin to retry.',
    ),
  },
];

const unknown = {
  happened: text(
    'Ett tekniskt fel hindrade ändringen från att nå webbplatsen.',
    'A technical fault kept the change from reaching the website.',
  ),
  todo: text(
    'Be en administratör titta på detaljerna och försöka igen.',
    'Ask an admin to look at the details and retry.',
  ),
};

/** A sync's recorded error (cms/publishing/sync-read-model-task.ts) in words an editor understands. */
export function failureReason(error: string | null | undefined): FailureReason {
  const recorded = error ?? '';
  const retrying = recorded.endsWith(RETRYING);
  const technical = retrying ? recorded.slice(0, -RETRYING.length) : recorded;
  const known = reasons.find((reason) => reason.matches.test(technical));
  return known
    ? { kind: known.kind, happened: known.happened, todo: known.todo, retrying, technical }
    : { kind: 'unknown', ...unknown, retrying, technical };
}
