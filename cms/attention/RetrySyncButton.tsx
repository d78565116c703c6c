'use client';

import { useRouter } from 'next/navigation.js';
import React, { useState } from 'react';

/** An admin's button on a failed publication: queues its sync to the API again. */
export function RetrySyncButton({ document, label, done }: { document: string; label: string; done: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  async function retry() {
    const response = await fetch('/api/retry-sync', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ document }),
    });
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    setMessage(response.ok ? done : (answer.error ?? String(response.status)));
    if (response.ok) router.refresh();
  }
  return (
    <>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: '0 8px' }}
        onClick={retry}
      >
        {label}
      </button>
      {message ? <span role="status">{message}</span> : null}
    </>
  );
}
