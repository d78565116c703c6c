import type { UIFieldServerComponent } from 'payload';
import React from 'react';
import { stockholmTime } from '../stockholm-time.js';
import { readSyncState } from './sync-state.js';

const stockholm = (iso: string) => stockholmTime(iso, { dateStyle: 'short', timeStyle: 'short' });

/** A sync state as one sentence for the editor. */
export function describeSyncState(state: { state: string; action?: string | null; error?: string | null; changedAt: string; syncedAt?: string | null } | null): {
  tone: 'ok' | 'waiting' | 'failed';
  text: string;
} {
  if (!state) return { tone: 'waiting', text: 'Not synced yet: it reaches the website when it is published.' };
  if (state.state === 'failed') return { tone: 'failed', text: `Failed to reach the website: ${state.error ?? 'unknown reason'}` };
  if (state.state === 'waiting') return { tone: 'waiting', text: `Waiting to reach the website (changed ${stockholm(state.changedAt)}).` };
  if (state.action === 'unpublish') return { tone: 'ok', text: `Not on the website (since ${stockholm(state.syncedAt ?? state.changedAt)}).` };
  return { tone: 'ok', text: `On the website since ${stockholm(state.syncedAt ?? state.changedAt)}.` };
}

const colours = { ok: 'var(--theme-success-500)', waiting: 'var(--theme-warning-500)', failed: 'var(--theme-error-500)' };

/** The edit view's sidebar line saying whether what is published has reached the API (and so the website). */
export const SyncStatusField: UIFieldServerComponent = async ({ payload, id, collectionSlug }) => {
  if (id === undefined) return null;
  const { tone, text } = describeSyncState((await readSyncState(payload, collectionSlug, id)) as never);
  return (
    <div data-sync-state={tone} style={{ marginBottom: 'var(--base)', borderLeft: `4px solid ${colours[tone]}`, paddingLeft: 8 }}>
      <div style={{ fontWeight: 600 }}>Website</div>
      <div role="status">{text}</div>
    </div>
  );
};
