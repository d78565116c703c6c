import React from 'react';
import type { RegisterDecisionItem } from '../../functions/data/entities/register-decision.js';
import { inLanguage } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';
import { actionWords, actorWords, statusWords, words } from './words.js';

const statusWord = (status: string, language: string | undefined) =>
  statusWords[status] ? inLanguage(statusWords[status], language) : status;

/** The status the record left, and the one before when it changed ("väntar på granskning → godkänd"); none when it stayed. */
function statusChangeOf(record: RegisterDecisionItem, language: string | undefined): string {
  if (!record.fromStatus) return ` · ${statusWord(record.toStatus, language)}`;
  if (record.fromStatus === record.toStatus) return '';
  return ` · ${statusWord(record.fromStatus, language)} → ${statusWord(record.toStatus, language)}`;
}

/** The moderator's CMS account without its `cms:` prefix; the association's account; nothing once redacted. */
function actorOf(record: RegisterDecisionItem, language: string | undefined): string {
  if (record.redactedAt || record.actorSubject === 'redacted') return inLanguage(actorWords.redacted, language);
  const account = record.actorSubject.replace(/^cms:/, '');
  return `${inLanguage(actorWords[record.actorRole], language)} ${account}`;
}

/**
 * One association's history (functions/data/entities/register-decision.ts), newest first: who did what, when
 * and why. Closed in a queue's row, open on the association's own page.
 */
export function History({
  records,
  language,
  open = false,
}: {
  records: RegisterDecisionItem[];
  language: string | undefined;
  open?: boolean;
}) {
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  return (
    <details data-history open={open}>
      <summary>
        {say('history')} ({records.length})
      </summary>
      {records.length === 0 ? <p>{say('noHistory')}</p> : null}
      <ol style={{ margin: '6px 0', paddingLeft: 20 }}>
        {records.map((record) => (
          <li key={record.id} data-history-action={record.action}>
            {stockholmTime(record.at)} · <strong>{inLanguage(actionWords[record.action], language)}</strong>
            {record.activityTitle ? ` «${record.activityTitle}»` : ''} · {say('by')} {actorOf(record, language)}
            {statusChangeOf(record, language)}
            {record.reason ? ` · ${say('reason')}: ${record.reason}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
