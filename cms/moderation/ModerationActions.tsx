'use client';

import { useRouter } from 'next/navigation.js';
import React, { useState } from 'react';
import { inLanguage, text, type Text } from '../i18n/labels.js';
import { announceDecision } from './DecisionLog.js';

type Kind = 'association' | 'change' | 'activity';
type Decision = 'approve' | 'reject';

/** A decision's words: what its button says, what is asked before, and what is said after. */
interface DecisionWords {
  button: Text;
  confirm: Text;
  done: Text;
}

/** A rejection of `what`: the association reads the reason, which the question reminds the moderator of. */
const rejection = (
  what: Text,
  button = text('Avslå', 'Reject'),
  done = text('avslagen', 'rejected'),
): DecisionWords => ({
  button,
  confirm: text(`Avslå ${what.sv}? Föreningen ser skälet.`, `Reject ${what.en}? The association sees the reason.`),
  done,
});

const decisions: Record<Kind, Record<Decision, DecisionWords>> = {
  association: {
    approve: {
      button: text('Godkänn', 'Approve'),
      confirm: text(
        'Godkänna föreningen? Den visas då i det publika registret.',
        'Approve the association? It will then be listed publicly.',
      ),
      done: text('godkänd och synlig i registret', 'approved and listed publicly'),
    },
    reject: rejection(text('registreringen', 'the registration')),
  },
  change: {
    approve: {
      button: text('Godkänn ändringen', 'Approve change'),
      confirm: text('Godkänna ändringen? Den visas då publikt.', 'Approve the change? It will then be public.'),
      done: text('ändringen godkänd och publik', 'change approved and public'),
    },
    reject: rejection(
      text('ändringen', 'the change'),
      text('Avslå ändringen', 'Reject change'),
      text('ändringen avslagen', 'change rejected'),
    ),
  },
  activity: {
    approve: {
      button: text('Publicera', 'Publish'),
      confirm: text('Publicera aktiviteten i kalendern?', 'Publish the activity in the calendar?'),
      done: text('publicerad i kalendern', 'published in the calendar'),
    },
    reject: rejection(text('aktiviteten', 'the activity')),
  },
};

const reasonWords = {
  label: text('Skäl till avslag', 'Reason for rejecting'),
  missing: text(
    'Skriv ett skäl (minst 3 tecken) innan du avslår.',
    'Write a reason (at least 3 characters) before rejecting.',
  ),
  failed: text('Beslutet kunde inte sparas', 'The decision could not be saved'),
  stale: text(
    'Den har ändrats sedan du läste den, så inget beslutades. Sidan visar nu den aktuella versionen: läs den och besluta igen.',
    'It changed after you read it, so nothing was decided. The page now shows the current version: read it and decide again.',
  ),
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
  const say = (words: Text) => inLanguage(words, language);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(decision: Decision) {
    const words = decisions[kind][decision];
    if (decision === 'reject' && reason.trim().length < 3) {
      setMessage(say(reasonWords.missing));
      return;
    }
    if (!window.confirm(`${label}: ${say(words.confirm)}`)) return;
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
      // Said in the page's decision log, which stays when the refresh takes this row out of its queue.
      announceDecision(`${label}: ${say(words.done)}`);
      router.refresh();
    } else if (answer.field === 'expectedVersion') {
      setMessage(`${label}: ${say(reasonWords.stale)}`);
      router.refresh();
    } else {
      setMessage(`${say(reasonWords.failed)}: ${answer.error ?? response.status}`);
    }
  }

  /** A decision's button (the approval the primary one), off while a decision is being saved. */
  const decisionButton = (decision: Decision, style: 'primary' | 'secondary') => (
    <button
      type="button"
      className={`btn btn--style-${style} btn--size-small`}
      disabled={busy}
      onClick={() => decide(decision)}
    >
      {say(decisions[kind][decision].button)}
    </button>
  );

  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      {decisionButton('approve', 'primary')}
      {/* A label that stays visible while typing (a placeholder goes away, WCAG 3.3.2); the name adds the row's association. */}
      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        {say(reasonWords.label)}
        <input
          aria-label={`${say(reasonWords.label)}: ${label}`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          style={{ minWidth: 220 }}
        />
      </label>
      {decisionButton('reject', 'secondary')}
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}
