import { Gutter } from '@payloadcms/ui';
import type { DocumentViewServerProps } from 'payload';
import React from 'react';
import { canManageParticipants } from '../access/can-manage-participants.js';
import { inLanguage } from '../i18n/labels.js';
import { AttendanceCheckbox } from './AttendanceCheckbox.js';
import { stockholmMinute } from '../stockholm-time.js';
import { participantsOf, type Participant, type TrainingDocument } from './participants-data.js';
import { words } from './words.js';

const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 12px 6px 0', verticalAlign: 'top' };

/**
 * The Deltagare tab of a training (coordinators, editors, admins): the roll with attendance once the training
 * has started, the waiting list in order, and the roll as CSV. Read from the API's table by the training
 * domain's code, keyed by the document's key as the publish wrote it.
 */
export async function ParticipantsView({ doc, i18n, payload, user }: DocumentViewServerProps) {
  const language = i18n?.language;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  const frame = (children: React.ReactNode) => (
    <main data-participants>
      <Gutter>
        <h2 style={{ marginTop: 24 }}>{say('heading')}</h2>
        {children}
      </Gutter>
    </main>
  );
  if (!canManageParticipants(user)) return frame(<p>{say('onlyCoordinators')}</p>);
  const training = doc as TrainingDocument;
  if (training.registrationUrl)
    return frame(
      <p>
        {say('external')} <a href={training.registrationUrl}>{training.registrationUrl}</a>
      </p>,
    );
  const participants = await participantsOf({ payload, user: user ?? null }, training, language);
  if (!participants.published) return frame(<p>{say('notPublished')}</p>);
  const { roll, waitlist, started } = participants;
  const person = (participant: Participant) => (
    <>
      <td style={cell}>{participant.name ?? say('anonymised')}</td>
      <td style={cell}>{participant.email ?? ''}</td>
      <td style={cell}>{participant.departmentName}</td>
      <td style={cell}>{stockholmMinute(participant.registeredAt)}</td>
    </>
  );
  const headings = (first?: string, last?: string) => (
    <thead>
      <tr>
        {first ? <th style={cell}>{first}</th> : null}
        <th style={cell}>{say('name')}</th>
        <th style={cell}>{say('email')}</th>
        <th style={cell}>{say('department')}</th>
        <th style={cell}>{say('registeredAt')}</th>
        {last ? <th style={cell}>{last}</th> : null}
      </tr>
    </thead>
  );
  const saved = {
    saving: say('saving'),
    savedPresent: say('savedPresent'),
    savedAbsent: say('savedAbsent'),
    failed: say('failed'),
  };
  return frame(
    <>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '4px 24px' }}>
        <dt>{say('starts')}</dt>
        <dd style={{ margin: 0 }}>{participants.startsAt ? stockholmMinute(participants.startsAt) : ''}</dd>
        <dt>{say('seats')}</dt>
        <dd style={{ margin: 0 }} data-figure="seats">
          {participants.capacity ?? say('unlimited')}
        </dd>
        <dt>{say('registeredCount')}</dt>
        <dd style={{ margin: 0 }} data-figure="registered">
          {roll.length}
        </dd>
        <dt>{say('waitingCount')}</dt>
        <dd style={{ margin: 0 }} data-figure="waiting">
          {waitlist.length}
        </dd>
        {started ? (
          <>
            <dt>{say('attendedCount')}</dt>
            <dd style={{ margin: 0 }} data-figure="attended">
              {participants.attended}
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={`/api/trainings/${training.id}/participants.csv`} download>
          {say('download')}
        </a>
      </p>
      <h3>{say('roll')}</h3>
      {started ? null : <p>{say('attendanceLater')}</p>}
      {roll.length === 0 ? (
        <p>{say('nobodyRegistered')}</p>
      ) : (
        <table data-participants="roll" aria-label={say('roll')} style={{ borderCollapse: 'collapse' }}>
          {headings(undefined, started ? say('attended') : undefined)}
          <tbody>
            {roll.map((participant) => (
              <tr key={participant.id} data-registration={participant.id}>
                {person(participant)}
                {started ? (
                  <td style={cell}>
                    <AttendanceCheckbox
                      trainingId={training.id}
                      registrationId={participant.id}
                      initial={participant.attended}
                      label={`${say('attendanceOf')} ${participant.name ?? say('anonymised')}`}
                      words={saved}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{say('waitlist')}</h3>
      {waitlist.length === 0 ? (
        <p>{say('nobodyWaiting')}</p>
      ) : (
        <table data-participants="waitlist" aria-label={say('waitlist')} style={{ borderCollapse: 'collapse' }}>
          {headings(say('position'))}
          <tbody>
            {waitlist.map((participant) => (
              <tr key={participant.id} data-registration={participant.id}>
                <td style={cell}>{participant.waitlistPosition}</td>
                {person(participant)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>,
  );
}
