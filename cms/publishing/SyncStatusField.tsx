import type { UIFieldServerComponent } from 'payload';
import React from 'react';
import { inLanguage, text } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';
import { readSyncState } from './sync-state.js';

const stockholm = (iso: string) => stockholmTime(iso, { dateStyle: 'short', timeStyle: 'short' });

/** A sync state as one sentence for the editor, in the admin's language (Swedish unless the editor chose English). */
export function describeSyncState(
  state: { state: string; action?: string | null; error?: string | null; changedAt: string; syncedAt?: string | null } | null,
  language?: string,
): { tone: 'ok' | 'waiting' | 'failed'; text: string } {
  const say = (sv: string, en: string) => inLanguage(text(sv, en), language);
  if (!state) return { tone: 'waiting', text: say('Inte på webbplatsen än: den kommer dit när den publiceras.', 'Not synced yet: it reaches the website when it is published.') };
  if (state.state === 'failed') {
    const reason = state.error ?? say('okänd orsak', 'unknown reason');
    return { tone: 'failed', text: say(`Nådde inte webbplatsen: ${reason}`, `Failed to reach the website: ${reason}`) };
  }
  if (state.state === 'waiting') {
    const at = stockholm(state.changedAt);
    return { tone: 'waiting', text: say(`Väntar på att nå webbplatsen (ändrad ${at}).`, `Waiting to reach the website (changed ${at}).`) };
  }
  const at = stockholm(state.syncedAt ?? state.changedAt);
  if (state.action === 'unpublish') return { tone: 'ok', text: say(`Inte på webbplatsen (sedan ${at}).`, `Not on the website (since ${at}).`) };
  return { tone: 'ok', text: say(`På webbplatsen sedan ${at}.`, `On the website since ${at}.`) };
}

const colours = { ok: 'var(--theme-success-500)', waiting: 'var(--theme-warning-500)', failed: 'var(--theme-error-500)' };

/** The edit view's sidebar line saying whether what is published has reached the API (and so the website). */
export const SyncStatusField: UIFieldServerComponent = async ({ payload, id, collectionSlug, i18n }) => {
  if (id === undefined) return null;
  const { tone, text: sentence } = describeSyncState((await readSyncState(payload, collectionSlug, id)) as never, i18n?.language);
  return (
    <div data-sync-state={tone} style={{ marginBottom: 'var(--base)', borderLeft: `4px solid ${colours[tone]}`, paddingLeft: 8 }}>
      <div style={{ fontWeight: 600 }}>{inLanguage(text('Webbplatsen', 'Website'), i18n?.language)}</div>
      <div role="status">{sentence}</div>
    </div>
  );
};
