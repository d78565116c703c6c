'use client';

import { useRouter } from 'next/navigation.js';
import React, { useState } from 'react';

/** Approve/publish and reject (with a reason) buttons of one row of the moderation view. */
export function ModerationActions({ kind, id, label }: { kind: 'association' | 'change' | 'activity'; id: string; label: string }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(decision: string) {
    setBusy(true);
    setMessage(null);
    const response = await fetch('/api/moderation', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: `${kind}:${decision}`, id, reason }),
    });
    const answer = (await response.json().catch(() => ({}))) as { status?: string; error?: string };
    setBusy(false);
    if (response.ok) {
      setMessage(kind === 'change' ? `${label}: change ${decision === 'approve' ? 'approved and public' : 'rejected'}` : `${label}: ${answer.status}`);
      router.refresh();
    } else {
      setMessage(answer.error ?? `Failed (${response.status})`);
    }
  }

  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => decide(kind === 'activity' ? 'publish' : 'approve')}>
        {kind === 'activity' ? 'Publish' : kind === 'change' ? 'Approve change' : 'Approve'}
      </button>
      <input
        aria-label={`Reason for rejecting ${label}`}
        placeholder="Reason for rejecting"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        style={{ minWidth: 220 }}
      />
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => decide('reject')}>
        Reject
      </button>
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}
