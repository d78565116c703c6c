'use client';

import { useRouter } from 'next/navigation.js';
import React, { useState } from 'react';

const say = {
  button: { sv: 'Skicka igen', en: 'Resend' },
  done: { sv: 'Skickas inom en minut', en: 'Will be sent within a minute' },
  failed: { sv: 'Kunde inte köas', en: 'Could not be queued' },
};

/** Queues one delivery again (the same webhook-id, due at once): POST /api/webhooks/resend. */
export function ResendButton({ id, language }: { id: string; language: string | undefined }) {
  const router = useRouter();
  const lang = language === 'en' ? 'en' : 'sv';
  const [message, setMessage] = useState<string | null>(null);
  const resend = async () => {
    const response = await fetch('/api/webhooks/resend', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id }),
      credentials: 'include',
    });
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    setMessage(response.ok ? say.done[lang] : `${say.failed[lang]}: ${body.error ?? response.status}`);
    if (response.ok) router.refresh();
  };
  return (
    <span>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => void resend()}
        data-resend={id}
      >
        {say.button[lang]}
      </button>
      {message ? <span role="status"> {message}</span> : null}
    </span>
  );
}
