import { randomBytes } from 'node:crypto';
import type { TestApi } from './api.js';

/** A webhook delivery that ran out of attempts (the website was down), as the webhook sender leaves it; its id. */
export async function failedWebhookDelivery(api: TestApi, changeId: string, now = new Date()): Promise<string> {
  const id = `msg_${randomBytes(8).toString('hex')}_website`;
  await api.db.entities.webhookDelivery
    .create({
      tenant: api.config.tenant,
      id,
      changeId,
      endpoint: 'website',
      eventType: 'content.published',
      payload: JSON.stringify({
        type: 'content.published',
        timestamp: now.toISOString(),
        data: { types: ['page'], keys: ['om-varna'], paths: ['/om-varna'] },
      }),
      status: 'FAILED',
      attempts: 8,
      nextAttemptAt: now.toISOString(),
      lastError: 'The receiver answered HTTP 503',
      createdAt: now.toISOString(),
    })
    .go();
  return id;
}
