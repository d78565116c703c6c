import { inLanguage, text } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';

const stockholm = (iso: string) => stockholmTime(iso, { dateStyle: 'short', timeStyle: 'short' });

export type SyncTone = 'ok' | 'waiting' | 'failed';

/** What the edit view's sidebar line says, and how (cms/publishing/SyncStatusLine.tsx). */
export interface SyncLine {
  tone: SyncTone;
  text: string;
  /** The instant the sentence names to the minute, in full (ISO): for a `<time>`'s machine-readable value. */
  at?: string;
}

/** How a failed sync's error ends while its job will try again (cms/publishing/sync-read-model-task.ts). */
export const RETRYING = ' (retrying)';

/** Whether the state will still change by itself: a sync queued or under way, or failed with retries left. */
export const isSyncPending = (state: { state: string; error?: string | null } | null) =>
  state?.state === 'waiting' || (state?.state === 'failed' && (state.error ?? '').endsWith(RETRYING));

/**
 * A sync state as one sentence for the editor, in the admin's language (Swedish unless the editor chose
 * English). "Since" is when the website's current state (this publication or removal) reached it: a
 * later draft save changes nothing there (cms/publishing/sync-read-model-task.ts).
 */
export function describeSyncState(
  state: {
    state: string;
    action?: string | null;
    error?: string | null;
    changedAt: string;
    syncedAt?: string | null;
  } | null,
  language?: string,
): SyncLine {
  const say = (sv: string, en: string) => inLanguage(text(sv, en), language);
  if (!state)
    return {
      tone: 'waiting',
      text: say(
        'Inte på webbplatsen än: den kommer dit när den publiceras.',
        'Not synced yet: it reaches the website when it is published.',
      ),
    };
  if (state.state === 'failed') {
    const reason = state.error ?? say('okänd orsak', 'unknown reason');
    return { tone: 'failed', text: say(`Nådde inte webbplatsen: ${reason}`, `Failed to reach the website: ${reason}`) };
  }
  if (state.state === 'waiting') {
    const at = stockholm(state.changedAt);
    return {
      tone: 'waiting',
      text: say(`Väntar på att nå webbplatsen (ändrad ${at}).`, `Waiting to reach the website (changed ${at}).`),
    };
  }
  const since = state.syncedAt ?? state.changedAt;
  const at = stockholm(since);
  if (state.action === 'unpublish')
    return {
      tone: 'ok',
      text: say(`Inte på webbplatsen (sedan ${at}).`, `Not on the website (since ${at}).`),
      at: since,
    };
  return { tone: 'ok', text: say(`På webbplatsen sedan ${at}.`, `On the website since ${at}.`), at: since };
}
