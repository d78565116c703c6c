'use client';

import { useRouter } from 'next/navigation.js';
import React, { useState } from 'react';

type Kind = 'association' | 'change' | 'activity';
type Language = 'sv' | 'en';

/** The decisions' words: what the buttons say, what is asked before, and what is said after. */
const decisions: Record<
  Kind,
  Record<
    'approve' | 'reject',
    { button: Record<Language, string>; confirm: Record<Language, string>; done: Record<Language, string> }
  >
> = {
  association: {
    approve: {
      button: { sv: 'Godkänn', en: 'Approve' },
      confirm: {
        sv: 'Godkänna föreningen? Den visas då i det publika registret.',
        en: 'Approve the association? It will then be listed publicly.',
      },
      done: { sv: 'godkänd och synlig i registret', en: 'approved and listed publicly' },
    },
    reject: {
      button: { sv: 'Avslå', en: 'Reject' },
      confirm: {
        sv: 'Avslå registreringen? Föreningen ser skälet.',
        en: 'Reject the registration? The association sees the reason.',
      },
      done: { sv: 'avslagen', en: 'rejected' },
    },
  },
  change: {
    approve: {
      button: { sv: 'Godkänn ändringen', en: 'Approve change' },
      confirm: { sv: 'Godkänna ändringen? Den visas då publikt.', en: 'Approve the change? It will then be public.' },
      done: { sv: 'ändringen godkänd och publik', en: 'change approved and public' },
    },
    reject: {
      button: { sv: 'Avslå ändringen', en: 'Reject change' },
      confirm: {
        sv: 'Avslå ändringen? Föreningen ser skälet.',
        en: 'Reject the change? The association sees the reason.',
      },
      done: { sv: 'ändringen avslagen', en: 'change rejected' },
    },
  },
  activity: {
    approve: {
      button: { sv: 'Publicera', en: 'Publish' },
      confirm: { sv: 'Publicera aktiviteten i kalendern?', en: 'Publish the activity in the calendar?' },
      done: { sv: 'publicerad i kalendern', en: 'published in the calendar' },
    },
    reject: {
      button: { sv: 'Avslå', en: 'Reject' },
      confirm: {
        sv: 'Avslå aktiviteten? Föreningen ser skälet.',
        en: 'Reject the activity? The association sees the reason.',
      },
      done: { sv: 'avslagen', en: 'rejected' },
    },
  },
};

const reasonWords = {
  label: { sv: 'Skäl till avslag', en: 'Reason for rejecting' },
  missing: {
    sv: 'Skriv ett skäl (minst 3 tecken) innan du avslår.',
    en: 'Write a reason (at least 3 characters) before rejecting.',
  },
  failed: { sv: 'Beslutet kunde inte sparas', en: 'The decision could not be saved' },
  stale: {
    sv: 'Den har ändrats sedan du läste den, så inget beslutades. Sidan visar nu den aktuella versionen: läs den och besluta igen.',
    en: 'It changed after you read it, so nothing was decided. The page now shows the current version: read it and decide again.',
  },
};

/**
 * Approve/publish and reject (with a reason) buttons of one row of the moderation view; each decision is
 * confirmed first and names the version the row shows, so that only what the moderator read is decided on.
 */
export function ModerationActions({
  kind,
  id,
  version,
  label,
  language,
}: {
  kind: Kind;
  id: string;
  version: number;
  label: string;
  language: string | undefined;
}) {
  const router = useRouter();
  const lang: Language = language === 'en' ? 'en' : 'sv';
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(decision: 'approve' | 'reject') {
    const words = decisions[kind][decision];
    if (decision === 'reject' && reason.trim().length < 3) {
      setMessage(reasonWords.missing[lang]);
      return;
    }
    if (!window.confirm(`${label}: ${words.confirm[lang]}`)) return;
    setBusy(true);
    setMessage(null);
    const response = await fetch('/api/moderation', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        decision: `${kind}:${kind === 'activity' && decision === 'approve' ? 'publish' : decision}`,
        id,
        version,
        reason,
      }),
    });
    const answer = (await response.json().catch(() => ({}))) as { status?: string; error?: string; field?: string };
    setBusy(false);
    if (response.ok) {
      setMessage(`${label}: ${words.done[lang]}`);
      router.refresh();
    } else if (answer.field === 'expectedVersion') {
      setMessage(`${label}: ${reasonWords.stale[lang]}`);
      router.refresh();
    } else {
      setMessage(`${reasonWords.failed[lang]}: ${answer.error ?? response.status}`);
    }
  }

  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        onClick={() => decide('approve')}
      >
        {decisions[kind].approve.button[lang]}
      </button>
      {/* A label that stays visible while typing (a placeholder goes away, WCAG 3.3.2); the name adds the row's association. */}
      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        {reasonWords.label[lang]}
        <input
          aria-label={`${reasonWords.label[lang]}: ${label}`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          style={{ minWidth: 220 }}
        />
      </label>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => decide('reject')}
      >
        {decisions[kind].reject.button[lang]}
      </button>
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}
