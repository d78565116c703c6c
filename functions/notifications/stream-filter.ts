import { createNotificationEntity } from '../data/entities/notification.js';
import type { StreamFilter } from '../search/stream-filter.js';

/**
 * The stream records that wake the notifier: a new outbox message of the tenant (an INSERT under the
 * notification entity's keys, worked out from ElectroDB's own key format). Its own status changes
 * (MODIFY) do not.
 */
export function notificationStreamFilter(tenant: string): StreamFilter {
  const { Key } = createNotificationEntity({ table: 'notification-filter' })
    .get({ tenant, id: 'x' })
    .params<{ Key: { pk: string; sk: string } }>();
  return {
    eventName: ['INSERT'],
    dynamodb: { Keys: { pk: { S: [{ prefix: Key.pk.slice(0, -1) }] }, sk: { S: [Key.sk] } } },
  };
}
