'use client';

import { useRouter } from 'next/navigation.js';
import React, { createContext, useContext, useState } from 'react';

/** Says an action's outcome in the dashboard's one live region, which stays when the acted-on item leaves. */
const Announce = createContext<(message: string, failed: boolean) => void>(() => undefined);

/**
 * The dashboard's "Att göra" with its live region: an action's result is announced there (and shown)
 * rather than beside its button, because a done item leaves its list when the dashboard refreshes.
 */
export function AttentionAnnouncer({ children }: { children: React.ReactNode }) {
  const [said, setSaid] = useState<{ message: string; failed: boolean } | null>(null);
  return (
    <Announce.Provider value={(message, failed) => setSaid({ message, failed })}>
      <p
        role="status"
        aria-live="polite"
        data-attention-result
        className={
          said ? `needs-attention__result needs-attention__result--${said.failed ? 'failed' : 'done'}` : undefined
        }
      >
        {said?.message ?? ''}
      </p>
      {children}
    </Announce.Provider>
  );
}

/**
 * A button of a dashboard item: posts `body` as JSON to `endpoint` (the CMS's own API, with the session),
 * announces the answer's `message` (or `done`, or its `error`) and refreshes the dashboard.
 */
export function AttentionAction({
  endpoint,
  body,
  label,
  done,
  noAnswer,
  describedBy,
  primary = false,
}: {
  endpoint: string;
  body: Record<string, string>;
  label: string;
  done?: string;
  /** Said when the request got no answer at all. */
  noAnswer: string;
  /** The id of the item's title: the buttons of all items share their label. */
  describedBy: string;
  primary?: boolean;
}) {
  const router = useRouter();
  const announce = useContext(Announce);
  const [busy, setBusy] = useState(false);
  async function act() {
    setBusy(true);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json().catch(() => ({}))) as { message?: string; error?: string };
      if (response.ok) {
        announce(answer.message ?? done ?? label, false);
        router.refresh();
      } else announce(answer.error ?? `${label}: ${response.status}`, true);
    } catch {
      announce(noAnswer, true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button
      type="button"
      className={`btn btn--style-${primary ? 'primary' : 'secondary'} btn--size-small needs-attention__action`}
      aria-describedby={describedBy}
      disabled={busy}
      onClick={act}
    >
      {label}
    </button>
  );
}
