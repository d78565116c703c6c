import { createNotificationEntity } from '../data/entities/notification.js';
import { newItemsFilter, type StreamFilter } from '../search/stream-filter.js';

/** The stream records that wake the notifier: a new outbox message of the tenant. Its own status changes do not. */
export const notificationStreamFilter = (tenant: string): StreamFilter =>
  newItemsFilter(createNotificationEntity({ table: 'notification-filter' }), tenant);
