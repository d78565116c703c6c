import React from 'react';
import type { RegisterDecisionItem } from '../../functions/data/entities/register-decision.js';
import { inLanguage } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';
import { actionWords, words } from './words.js';

/** One association's history (functions/data/entities/register-decision.ts), newest first: who did what, when and why. */
export function History({ records, language }: { records: RegisterDecisionItem[]; language: string | undefined }) {
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  return (
    <details data-history>
      <summary>
        {say('history')} ({records.length})
      </summary>
      {records.length === 0 ? <p>{say('noHistory')}</p> : null}
      <ol style={{ margin: '6px 0', paddingLeft: 20 }}>
        {records.map((record) => (
          <li key={record.id} data-history-action={record.action}>
            {stockholmTime(record.at)} · <strong>{inLanguage(actionWords[record.action], language)}</strong>
            {record.activityTitle ? ` «${record.activityTitle}»` : ''} · {say('by')} {record.actorSubject}
            {record.fromStatus ? ` · ${record.fromStatus} → ${record.toStatus}` : ` · ${record.toStatus}`}
            {record.reason ? ` · ${say('reason')}: ${record.reason}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
