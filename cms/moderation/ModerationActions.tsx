'use client';

import { Button, Modal, useModal } from '@payloadcms/ui';
import { useRouter } from 'next/navigation.js';
import React, { useId, useMemo, useRef, useState } from 'react';
import { inLanguage, text, type Text } from '../i18n/labels.js';
import { announceDecision } from './DecisionLog.js';

type Kind = 'association' | 'change' | 'activity';
type Decision = 'approve' | 'reject';

/** A decision's words: its button, the dialog's question and what follows, and what is said after. */
interface DecisionWords {
  button: Text;
  question: Text;
  outcome: Text;
  done: Text;
}

/** A rejection: the association reads the reason, which the dialog reminds the moderator of. */
const rejection = (question: Text, button: Text, done: Text, outcome: Text): DecisionWords => ({
  button,
  question,
  outcome,
  done,
});

const decisions: Record<Kind, Record<Decision, DecisionWords>> = {
  association: {
    approve: {
      button: text('Godkänn', 'Approve'),
      question: text('Godkänna föreningen?', 'Approve the association?'),
      outcome: text('Den visas då i det publika registret.', 'It will then be listed publicly.'),
      done: text('godkänd och synlig i registret', 'approved and listed publicly'),
    },
    reject: rejection(
      text('Avslå registreringen?', 'Reject the registration?'),
      text('Avslå', 'Reject'),
      text('avslagen', 'rejected'),
      text('Föreningen ser skälet du skriver.', 'The association sees the reason you give.'),
    ),
  },
  change: {
    approve: {
      button: text('Godkänn ändringen', 'Approve change'),
      question: text('Godkänna ändringen?', 'Approve the change?'),
      outcome: text('Det föreslagna visas då publikt.', 'What is proposed will then be public.'),
      done: text('ändringen godkänd och publik', 'change approved and public'),
    },
    reject: rejection(
      text('Avslå ändringen?', 'Reject the change?'),
      text('Avslå ändringen', 'Reject change'),
      text('ändringen avslagen', 'change rejected'),
      text(
        'Det som visas nu står kvar. Föreningen ser skälet du skriver.',
        'What is public now stays. The association sees the reason you give.',
      ),
    ),
  },
  activity: {
    approve: {
      button: text('Publicera', 'Publish'),
      question: text('Publicera aktiviteten?', 'Publish the activity?'),
      outcome: text('Den visas då i den publika kalendern.', 'It will then be shown in the public calendar.'),
      done: text('publicerad i kalendern', 'published in the calendar'),
    },
    reject: rejection(
      text('Avslå aktiviteten?', 'Reject the activity?'),
      text('Avslå', 'Reject'),
      text('avslagen', 'rejected'),
      text('Föreningen ser skälet du skriver.', 'The association sees the reason you give.'),
    ),
  },
};

const dialogWords = {
  association: text('Förening', 'Association'),
  activity: text('Aktivitet', 'Activity'),
  organisationNumber: text('Organisationsnummer', 'Organisation number'),
  version: text('Version', 'Version'),
  reason: text('Skäl till avslag', 'Reason for rejecting'),
  reasonHint: text('Minst 3 tecken. Föreningen läser det.', 'At least 3 characters. The association reads it.'),
  missing: text(
    'Skriv ett skäl (minst 3 tecken) innan du avslår.',
    'Write a reason (at least 3 characters) before rejecting.',
  ),
  cancel: text('Avbryt', 'Cancel'),
  saving: text('Sparar …', 'Saving …'),
  failed: text('Beslutet kunde inte sparas', 'The decision could not be saved'),
  stale: text(
    'Den har ändrats sedan du läste den, så inget beslutades. Sidan visar nu den aktuella versionen: läs den och besluta igen.',
    'It changed after you read it, so nothing was decided. The page now shows the current version: read it and decide again.',
  ),
};

/**
 * Approve/publish and reject buttons of one row of the moderation view. Each opens an in-page dialog
 * (Payload's modal: focus stays in it, Escape closes it, focus returns) that names what is decided on and
 * the decision, and for a rejection asks for the reason there. Every decision names the version the row
 * shows, so that only what the moderator read is decided on.
 */
export function ModerationActions({
  kind,
  id,
  version,
  label,
  association,
  organisationNumber,
  language,
}: {
  kind: Kind;
  id: string;
  version: number;
  /** The association's name, or the activity's title. */
  label: string;
  /** An activity's association. */
  association?: string | undefined;
  organisationNumber?: string | undefined;
  language: string | undefined;
}) {
  const router = useRouter();
  const { openModal, closeModal, isModalOpen } = useModal();
  const say = (words: Text) => inLanguage(words, language);
  const slug = `moderation-${kind}-${id}`;
  const ids = useId();
  const [decision, setDecision] = useState<Decision>('approve');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = decisions[kind][decision];
  // Where focus goes when the dialog closes: back to the button that opened it, or, once a decision was
  // saved (its row is leaving the page), to the heading of the decision log that says what was decided.
  const decided = useRef(false);
  const returnFocus = useMemo(
    () => ({
      setReturnFocus: (opener: HTMLElement | SVGElement) =>
        (decided.current && document.querySelector<HTMLElement>('[data-decision-log] h2')) || opener,
    }),
    [],
  );

  const open = (chosen: Decision) => {
    setDecision(chosen);
    setProblem(null);
    setMessage(null);
    openModal(slug);
  };

  async function decide(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (decision === 'reject' && reason.trim().length < 3) {
      setProblem(say(dialogWords.missing));
      return;
    }
    setBusy(true);
    setProblem(null);
    const response = await fetch('/api/moderation', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        decision: `${kind}:${kind === 'activity' && decision === 'approve' ? 'publish' : decision}`,
        id,
        version,
        reason: decision === 'reject' ? reason.trim() : '',
      }),
    }).catch(() => null);
    const answer = ((await response?.json().catch(() => null)) ?? {}) as {
      error?: string;
      field?: string;
    };
    setBusy(false);
    if (response?.ok) {
      // Said in the page's decision log, which stays when the refresh takes this row out of its queue.
      announceDecision(`${label}: ${say(words.done)}`);
      decided.current = true;
      closeModal(slug);
      router.refresh();
    } else if (answer.field === 'expectedVersion') {
      closeModal(slug);
      setMessage(`${label}: ${say(dialogWords.stale)}`);
      router.refresh();
    } else {
      // Kept in the dialog, whose decision can be tried again or cancelled.
      setProblem(`${say(dialogWords.failed)}: ${answer.error ?? response?.status ?? '–'}`);
    }
  }

  /** A decision's button in the row (the approval the primary one). */
  const decisionButton = (chosen: Decision, style: 'primary' | 'secondary') => (
    <Button buttonStyle={style} size="small" margin={false} disabled={busy} onClick={() => open(chosen)}>
      {say(decisions[kind][chosen].button)}
    </Button>
  );

  const heading = `${ids}-heading`;
  const outcome = `${ids}-outcome`;
  const reasonField = `${ids}-reason`;
  const reasonHint = `${ids}-reason-hint`;
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      {decisionButton('approve', 'primary')}
      {decisionButton('reject', 'secondary')}
      {message ? <span role="status">{message}</span> : null}
      {/* Mounted only while open, as Payload's ConfirmationModal is: its class lays the dialog out as a flex box, which would show a closed one. */}
      {isModalOpen(slug) ? (
        <Modal
          slug={slug}
          className="confirmation-modal"
          closeOnBlur={false}
          aria-labelledby={heading}
          aria-describedby={outcome}
          focusTrapOptions={returnFocus}
        >
          <form className="confirmation-modal__wrapper" data-moderation-dialog={decision} onSubmit={decide} noValidate>
            <div className="confirmation-modal__content">
              <h2 id={heading}>{say(words.question)}</h2>
              <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: 0 }}>
                <dt>{say(kind === 'activity' ? dialogWords.activity : dialogWords.association)}</dt>
                <dd style={{ margin: 0, fontWeight: 600 }}>{label}</dd>
                {association ? (
                  <>
                    <dt>{say(dialogWords.association)}</dt>
                    <dd style={{ margin: 0 }}>{association}</dd>
                  </>
                ) : null}
                {organisationNumber ? (
                  <>
                    <dt>{say(dialogWords.organisationNumber)}</dt>
                    <dd style={{ margin: 0 }}>{organisationNumber}</dd>
                  </>
                ) : null}
                <dt>{say(dialogWords.version)}</dt>
                <dd style={{ margin: 0 }}>{version}</dd>
              </dl>
              <p id={outcome}>{say(words.outcome)}</p>
              {decision === 'reject' ? (
                <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                  <label htmlFor={reasonField} style={{ fontWeight: 600 }}>
                    {say(dialogWords.reason)}
                  </label>
                  <textarea
                    id={reasonField}
                    value={reason}
                    rows={3}
                    aria-required="true"
                    aria-invalid={problem !== null && reason.trim().length < 3}
                    aria-describedby={reasonHint}
                    onChange={(event) => {
                      setReason(event.target.value);
                      setProblem(null);
                    }}
                    style={{ font: 'inherit', padding: 8 }}
                  />
                  <span id={reasonHint}>{say(dialogWords.reasonHint)}</span>
                </div>
              ) : null}
              {problem ? (
                <p role="alert" style={{ color: 'var(--theme-error-750)', fontWeight: 600 }}>
                  {problem}
                </p>
              ) : null}
            </div>
            <div className="confirmation-modal__controls">
              <Button buttonStyle="secondary" size="large" disabled={busy} onClick={() => closeModal(slug)}>
                {say(dialogWords.cancel)}
              </Button>
              <Button type="submit" buttonStyle="primary" size="large" disabled={busy}>
                {busy ? say(dialogWords.saving) : say(words.button)}
              </Button>
            </div>
          </form>
        </Modal>
      ) : null}
    </div>
  );
}
