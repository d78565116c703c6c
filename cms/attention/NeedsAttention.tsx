import type { PayloadRequest, ServerProps } from 'payload';
import React from 'react';
import { hasRole } from '../access/roles.js';
import { counted, inLanguage, text, type Counted, type Text } from '../i18n/labels.js';
import { stockholmMinute, stockholmTime } from '../stockholm-time.js';
import { needsAttention, type Listed } from './attention.js';
import { RetrySyncButton } from './RetrySyncButton.js';

const words = {
  heading: text('Att göra', 'Needs attention'),
  drafts: text('Utkast som väntar på en redaktör', 'Drafts waiting for an editor'),
  scheduled: text('Schemalagda publiceringar', 'Scheduled publications'),
  failed: text('Publiceringar som misslyckats', 'Failed publications'),
  register: text('Föreningsregistret', 'Association register'),
  toModeration: text('Till modereringen', 'To moderation'),
  stale: text('Inaktuella uppgifter', 'Stale details'),
  staleHint: text(
    'Stödinsatser och organisationer som inte kontrollerats på',
    'Support resources and organisations not verified for',
  ),
  months: text('månader', 'months'),
  never: text('aldrig kontrollerad', 'never verified'),
  noOwner: text('ingen ansvarig', 'no owner'),
  none: text('Inget just nu.', 'Nothing right now.'),
  retry: text('Försök igen', 'Retry'),
  retried: text('Köad igen', 'Queued again'),
  publish: text('publiceras', 'publishes'),
  unpublish: text('avpubliceras', 'unpublishes'),
  goesLive: text('det som publiceras är utkastet sparat', 'what goes live is the draft saved'),
  cancelled: text('Schemalagda publiceringar som avbrutits', 'Scheduled publications called off'),
  cancelledWhy: text('avbröts av ett nyare utkast, sparat', 'called off by a newer draft, saved'),
  wouldHave: text('skulle ha publicerats', 'would have published'),
  by: text('av', 'by'),
  unknownUser: text('okänd användare', 'unknown user'),
  attendance: text('Närvaro att registrera', 'Attendance to record'),
  attendanceHint: text(
    'utbildningar som börjat de senaste två veckorna',
    'trainings that started in the last two weeks',
  ),
  registered: text('anmälda', 'registered'),
  attended: text('närvarande', 'attended'),
} satisfies Record<string, Text>;

const countedWords = {
  pending: {
    one: text('registrering väntar', 'registration waiting'),
    other: text('registreringar väntar', 'registrations waiting'),
  },
  submitted: {
    one: text('aktivitet väntar', 'activity waiting'),
    other: text('aktiviteter väntar', 'activities waiting'),
  },
} satisfies Record<string, Counted>;

function Section({
  id,
  title,
  items,
  empty,
  render,
  shown = true,
}: {
  id: string;
  /** Whether the user can act on this part (see needsAttention). */
  shown?: boolean;
  title: string;
  items: Listed[];
  empty: string;
  render?: (item: Listed) => React.ReactNode;
}) {
  if (!shown) return null;
  return (
    <section data-attention={id} style={{ marginBottom: 16 }}>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? <p>{empty}</p> : null}
      <ul>
        {items.map((item) => (
          <li key={`${item.collection}:${item.id}:${item.at}`}>
            <a href={`/admin/collections/${item.collection}/${item.id}${item.view ?? ''}`}>{item.title}</a>
            {render?.(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The dashboard's "needs attention" (before Payload's collection cards): drafts, scheduled publications,
 * failed publications (admins may retry), the register's queue, and stale support resources and organisations,
 * for those who write content; for coordinators the trainings whose attendance is theirs to record.
 */
export async function NeedsAttention({ payload, i18n, user }: Pick<ServerProps, 'payload' | 'i18n' | 'user'>) {
  const language = i18n?.language;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  /** An instant a row may lack (a schedule's, a cancellation's) in the admin's notation, or nothing. */
  const when = (instant: string | null | undefined) => (instant ? stockholmTime(instant) : '');
  const attention = await needsAttention({ payload, user } as PayloadRequest);
  const admin = hasRole(user, 'admin');
  return (
    <div data-needs-attention style={{ marginBottom: 32 }}>
      <h2>{say('heading')}</h2>
      {attention.attendance ? (
        <Section
          id="attendance"
          title={`${say('attendance')}: ${say('attendanceHint')}`}
          items={attention.attendance}
          empty={say('none')}
          render={(item) =>
            ` · ${item.at ? stockholmMinute(item.at) : ''} · ${item.roll?.registered ?? 0} ${say('registered')}, ${item.roll?.attended ?? 0} ${say('attended')}`
          }
        />
      ) : null}
      <Section
        id="drafts"
        shown={attention.editorial}
        title={say('drafts')}
        items={attention.drafts}
        empty={say('none')}
        render={(item) => ` · ${stockholmTime(item.at!)}`}
      />
      <Section
        id="scheduled"
        shown={attention.editorial}
        title={say('scheduled')}
        items={attention.scheduled}
        empty={say('none')}
        render={(item) =>
          ` · ${item.detail === 'unpublish' ? say('unpublish') : say('publish')} ${when(item.at)}` +
          (item.versionSavedAt ? ` · ${say('goesLive')} ${stockholmTime(item.versionSavedAt)}` : '')
        }
      />
      <Section
        id="cancelled-schedules"
        shown={attention.editorial}
        title={say('cancelled')}
        items={attention.cancelledSchedules}
        empty={say('none')}
        render={(item) =>
          ` · ${say('wouldHave')} ${when(item.at)} · ${say('cancelledWhy')} ${when(item.cancelledAt)} ${say('by')} ${item.cancelledBy ?? say('unknownUser')}`
        }
      />
      <Section
        id="failed"
        shown={attention.editorial}
        title={say('failed')}
        items={attention.failedSyncs}
        empty={say('none')}
        render={(item) => (
          <>
            {item.detail ? ` · ${item.detail}` : ''}
            {admin ? (
              <RetrySyncButton document={`${item.collection}:${item.id}`} label={say('retry')} done={say('retried')} />
            ) : null}
          </>
        )}
      />
      {attention.register ? (
        <section data-attention="register" style={{ marginBottom: 16 }}>
          <h3>{say('register')}</h3>
          <p>
            {counted(attention.register.pendingAssociations.length, countedWords.pending, language)}
            {attention.register.pendingAssociations.length
              ? ` (${attention.register.pendingAssociations.slice(0, 5).join(', ')})`
              : ''}{' '}
            · {counted(attention.register.submittedActivities.length, countedWords.submitted, language)}
            {attention.register.submittedActivities.length
              ? ` (${attention.register.submittedActivities.slice(0, 5).join(', ')})`
              : ''}{' '}
            · <a href="/admin/moderation">{say('toModeration')}</a>
          </p>
        </section>
      ) : null}
      <Section
        id="stale"
        shown={attention.editorial}
        title={`${say('stale')}: ${say('staleHint')} ${attention.staleAfterMonths} ${say('months')}`}
        items={attention.stale.map((stale) => ({
          collection: stale.collection,
          id: stale.id,
          title: stale.title,
          at: stale.verifiedAt,
          detail: stale.owner?.email,
        }))}
        empty={say('none')}
        render={(item) => ` · ${item.at ? item.at.slice(0, 10) : say('never')} · ${item.detail ?? say('noOwner')}`}
      />
    </div>
  );
}
