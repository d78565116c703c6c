import type { ServerProps } from 'payload';
import React from 'react';
import { AdminNavLink } from '../admin-nav-link.js';
import { canPublish } from '../access/roles.js';

/**
 * A link to the moderation view in the admin's navigation, in the admin's language, for those who moderate
 * (editors and admins, as cms/moderation/register-context.ts decides): nobody is offered a view that refuses them.
 */
export function ModerationNavLink({ i18n, user }: Pick<ServerProps, 'i18n' | 'user'>) {
  if (!canPublish(user)) return null;
  return (
    <AdminNavLink href="/admin/moderation">
      {i18n?.language === 'en' ? 'Moderation (association register)' : 'Moderering (föreningsregistret)'}
    </AdminNavLink>
  );
}
