import { createNotificationEntity } from '../data/entities/notification.js';
import { newItemsFilter, type StreamFilter } from '../search/stream-filter.js';

/** The stream records that wake the notifier: a new outbox message of any municipality. Its own status changes do not. */
export const notificationStreamFilter = (): StreamFilter =>
  newItemsFilter(createNotificationEntity({ table: 'notification-filter' }));
