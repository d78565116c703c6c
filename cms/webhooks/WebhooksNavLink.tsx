import type { ServerProps } from 'payload';
import React from 'react';
import { AdminNavLink } from '../admin-nav-link.js';
import { canManageWebhooks } from '../access/can-manage-webhooks.js';
import { inLanguage } from '../i18n/labels.js';
import { words } from './words.js';

/** A link to the Webhooks view in the admin's navigation, for admins. */
export function WebhooksNavLink({ i18n, user }: Pick<ServerProps, 'i18n' | 'user'>) {
  if (!canManageWebhooks(user)) return null;
  return <AdminNavLink href="/admin/webhooks">{inLanguage(words.navLink, i18n?.language)}</AdminNavLink>;
}
