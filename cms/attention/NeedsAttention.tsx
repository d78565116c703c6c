import type { PayloadRequest, ServerProps } from 'payload';
import React from 'react';
import { canPublish, hasRole } from '../access/roles.js';
import { counted, inLanguage } from '../i18n/labels.js';
import { stockholmMinute, stockholmTime } from '../stockholm-time.js';
import { AttentionAction, AttentionAnnouncer } from './AttentionActions.js';
import { needsAttention, type Listed } from './attention.js';
import { failureReason } from './failure-reason.js';
import { countedWords, words } from './words.js';

/** One item of a list: its title, what to know about it, its actions and "Öppna". */
function Item({
  item,
  list,
  meta,
  open,
  children,
  actions,
}: {
  item: Listed;
  list: string;
  meta: string;
  open: string;
  children?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  // The buttons of every item share their labels; each is described by its item's title.
  const titleId = `attention-${list}-${item.collection}-${item.id}`;
  return (
    <li className="needs-attention__item" data-attention-item={item.title}>
      <div className="needs-attention__what">
        <span id={titleId} className="needs-attention__title">
          {item.title}
        </span>
        {meta ? <span className="needs-attention__meta">{meta}</span> : null}
        {children}
      </div>
      <div className="needs-attention__actions">
        {actions}
        <a
          className="btn btn--style-secondary btn--size-small needs-attention__action"
          href={`/admin/collections/${item.collection}/${item.id}${item.view ?? ''}`}
          aria-describedby={titleId}
        >
          {open}
        </a>
      </div>
    </li>
  );
}

function Section({
  id,
  title,
  count,
  empty,
  children,
  shown = true,
}: {
  id: string;
  /** Whether the user can act on this part (see needsAttention). */
  shown?: boolean;
  title: string;
  count: number;
  empty: string;
  children: React.ReactNode;
}) {
  if (!shown) return null;
  return (
    <section data-attention={id} className="needs-attention__section" aria-labelledby={`attention-${id}`}>
      <h3 id={`attention-${id}`} className="needs-attention__heading">
        {title} <span className="needs-attention__count">({count})</span>
      </h3>
      {count === 0 ? (
        <p className="needs-attention__empty">{empty}</p>
      ) : (
        <ul className="needs-attention__list">{children}</ul>
      )}
    </section>
  );
}

/**
 * The dashboard's "needs attention" (before Payload's collection cards): drafts, scheduled publications,
 * failed publications (in words an editor understands; admins retry), the register's queue, and stale
 * support resources and organisations (editors mark them verified or take responsibility). Each item opens.
 */
export async function NeedsAttention({ payload, i18n, user }: Pick<ServerProps, 'payload' | 'i18n' | 'user'>) {
  const language = i18n?.language;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  /** An instant a row may lack (a schedule's, a cancellation's) in the admin's notation, or nothing. */
  const when = (instant: string | null | undefined) => (instant ? stockholmTime(instant) : '');
  const attention = await needsAttention({ payload, user } as PayloadRequest);
  const admin = hasRole(user, 'admin');
  const editor = canPublish(user);
  const open = say('open');
  const noAnswer = say('noAnswer');
  return (
    <div data-needs-attention className="needs-attention">
      <h2 className="needs-attention__title-main">{say('heading')}</h2>
      <AttentionAnnouncer>
        <div className="needs-attention__sections">
          {attention.attendance ? (
            <Section
              id="attendance"
              title={`${say('attendance')}: ${say('attendanceHint')}`}
              count={attention.attendance.length}
              empty={say('none')}
            >
              {attention.attendance.map((item) => (
                <Item
                  key={`${item.collection}:${item.id}`}
                  item={item}
                  list="attendance"
                  open={open}
                  meta={`${item.at ? stockholmMinute(item.at) : ''} · ${item.roll?.registered ?? 0} ${say('registered')}, ${item.roll?.attended ?? 0} ${say('attended')}`}
                />
              ))}
            </Section>
          ) : null}
          <Section
            id="drafts"
            shown={attention.editorial}
            title={say('drafts')}
            count={attention.drafts.length}
            empty={say('none')}
          >
            {attention.drafts.map((item) => (
              <Item
                key={`${item.collection}:${item.id}`}
                item={item}
                list="drafts"
                open={open}
                meta={`${say('saved')} ${when(item.at)}`}
              />
            ))}
          </Section>
          <Section
            id="scheduled"
            shown={attention.editorial}
            title={say('scheduled')}
            count={attention.scheduled.length}
            empty={say('none')}
          >
            {attention.scheduled.map((item) => (
              <Item
                key={`${item.collection}:${item.id}:${item.at}`}
                item={item}
                list="scheduled"
                open={open}
                meta={
                  `${item.detail === 'unpublish' ? say('unpublish') : say('publish')} ${when(item.at)}` +
                  (item.versionSavedAt ? ` · ${say('goesLive')} ${stockholmTime(item.versionSavedAt)}` : '')
                }
              />
            ))}
          </Section>
          <Section
            id="cancelled-schedules"
            shown={attention.editorial}
            title={say('cancelled')}
            count={attention.cancelledSchedules.length}
            empty={say('none')}
          >
            {attention.cancelledSchedules.map((item) => (
              <Item
                key={`${item.collection}:${item.id}:${item.at}`}
                item={item}
                list="cancelled"
                open={open}
                meta={`${say('wouldHave')} ${when(item.at)} · ${say('cancelledWhy')} ${when(item.cancelledAt)} ${say('by')} ${item.cancelledBy ?? say('unknownUser')}`}
              />
            ))}
          </Section>
          <Section
            id="failed"
            shown={attention.editorial}
            title={say('failed')}
            count={attention.failedSyncs.length}
            empty={say('none')}
          >
            {attention.failedSyncs.map((item) => {
              const reason = failureReason(item.detail);
              return (
                <Item
                  key={`${item.collection}:${item.id}`}
                  item={item}
                  list="failed"
                  open={open}
                  meta={`${say('failedAt')} ${when(item.at)}`}
                  actions={
                    admin ? (
                      <AttentionAction
                        endpoint="/api/retry-sync"
                        body={{ document: `${item.collection}:${item.id}` }}
                        label={say('retry')}
                        done={say('retried')}
                        noAnswer={noAnswer}
                        describedBy={`attention-failed-${item.collection}-${item.id}`}
                        primary
                      />
                    ) : null
                  }
                >
                  <p className="needs-attention__reason" data-failure-kind={reason.kind}>
                    {inLanguage(reason.happened, language)} {inLanguage(reason.todo, language)}
                    {reason.retrying ? ` ${say('retrying')}` : ''}
                  </p>
                  {admin && reason.technical ? (
                    <details className="needs-attention__details">
                      <summary>{say('technical')}</summary>
                      <code>{reason.technical}</code>
                    </details>
                  ) : null}
                </Item>
              );
            })}
          </Section>
          {attention.register ? (
            <section
              data-attention="register"
              className="needs-attention__section"
              aria-labelledby="attention-register"
            >
              <h3 id="attention-register" className="needs-attention__heading">
                {say('register')}
              </h3>
              <p>
                {counted(attention.register.pendingAssociations.length, countedWords.pending, language)}
                {attention.register.pendingAssociations.length
                  ? ` (${attention.register.pendingAssociations.slice(0, 5).join(', ')})`
                  : ''}{' '}
                · {counted(attention.register.submittedActivities.length, countedWords.submitted, language)}
                {attention.register.submittedActivities.length
                  ? ` (${attention.register.submittedActivities.slice(0, 5).join(', ')})`
                  : ''}
              </p>
              <a className="btn btn--style-secondary btn--size-small needs-attention__action" href="/admin/moderation">
                {say('toModeration')}
              </a>
            </section>
          ) : null}
          <Section
            id="stale"
            shown={attention.editorial}
            title={`${say('stale')}: ${say('staleHint')} ${attention.staleAfterMonths} ${say('months')}`}
            count={attention.stale.length}
            empty={say('none')}
          >
            {attention.stale.map((stale) => {
              const item = { collection: stale.collection, id: stale.id, title: stale.title, at: stale.verifiedAt };
              const document = `${stale.collection}:${stale.id}`;
              const describedBy = `attention-stale-${stale.collection}-${stale.id}`;
              const mine = stale.owner !== null && String(stale.owner.id) === String(user?.id);
              return (
                <Item
                  key={document}
                  item={item}
                  list="stale"
                  open={open}
                  meta={[
                    stale.verifiedAt ? `${say('verified')} ${stale.verifiedAt.slice(0, 10)}` : say('never'),
                    stale.owner ? `${say('owner')} ${stale.owner.email}` : say('noOwner'),
                  ].join(' · ')}
                  actions={
                    editor ? (
                      <>
                        <AttentionAction
                          endpoint="/api/stale-action"
                          body={{ document, action: 'verify' }}
                          label={say('verifyNow')}
                          noAnswer={noAnswer}
                          describedBy={describedBy}
                          primary
                        />
                        {mine ? null : (
                          <AttentionAction
                            endpoint="/api/stale-action"
                            body={{ document, action: 'own' }}
                            label={say('takeOwnership')}
                            noAnswer={noAnswer}
                            describedBy={describedBy}
                          />
                        )}
                      </>
                    ) : null
                  }
                />
              );
            })}
          </Section>
        </div>
      </AttentionAnnouncer>
    </div>
  );
}
