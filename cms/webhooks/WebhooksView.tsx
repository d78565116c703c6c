import type { AdminViewServerProps } from 'payload';
import React from 'react';
import type { WebhookDeliveryItem } from '../../functions/data/entities/webhook-delivery.js';
import { webhookDeliveriesIn } from '../../functions/webhooks/deliver.js';
import { canManageWebhooks } from '../access/can-manage-webhooks.js';
import { adminViewFrame } from '../admin-view.js';
import { inLanguage } from '../i18n/labels.js';
import { municipalityOfRequest } from '../tenancy/request-municipality.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { stockholmTime } from '../stockholm-time.js';
import { ResendButton } from './ResendButton.js';
import { words } from './words.js';

const shownStatuses = ['FAILED', 'PENDING', 'SENDING', 'SENT'] as const;
const LATEST_SENT = 50;

/** The frontends' webhook deliveries by status: what failed (with the last error and a resend button), what waits for a retry, what was delivered. */
export async function WebhooksView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const language = req.i18n?.language;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  const template = adminViewFrame({ initPageResult, params, searchParams }, say('heading'));
  if (!canManageWebhooks(req.user)) return template(<p>{say('onlyAdmins')}</p>);
  const { db } = readModelTarget();
  const tenant = await municipalityOfRequest(req);
  const lists = await Promise.all(shownStatuses.map((status) => webhookDeliveriesIn(db, tenant, status)));
  const row = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 0' };
  const pagesOf = (delivery: WebhookDeliveryItem) =>
    ((JSON.parse(delivery.payload) as { data?: { paths?: string[] } }).data?.paths ?? []).join(', ');
  return template(
    <>
      <p>{say('intro')}</p>
      {shownStatuses.map((status, index) => {
        const deliveries =
          status === 'SENT'
            ? [...lists[index]!].sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? '')).slice(0, LATEST_SENT)
            : lists[index]!;
        return (
          <section key={status} data-webhook-status={status}>
            <h2>
              {say(status)} ({deliveries.length})
            </h2>
            {deliveries.length === 0 ? <p>{say('none')}</p> : null}
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {deliveries.map((delivery) => (
                <li key={delivery.id} style={row} data-webhook-delivery={delivery.id}>
                  <strong>{delivery.eventType}</strong> → {delivery.endpoint} · {say('pages')}: {pagesOf(delivery)} ·{' '}
                  {say('attempts')}: {delivery.attempts} · {say('created')} {stockholmTime(delivery.createdAt)}
                  {status === 'PENDING' ? ` · ${say('next')} ${stockholmTime(delivery.nextAttemptAt)}` : null}
                  {delivery.sentAt ? ` · ${say('sent')} ${stockholmTime(delivery.sentAt)}` : null}
                  {delivery.lastError ? (
                    <div>
                      {say('lastError')}: <code>{delivery.lastError}</code>
                    </div>
                  ) : null}
                  {status === 'FAILED' || status === 'SENT' ? (
                    <ResendButton id={delivery.id} language={language} />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>,
  );
}
