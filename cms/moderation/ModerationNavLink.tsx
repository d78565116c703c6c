import type { ServerProps } from 'payload';
import React from 'react';
import { AdminNavLink } from '../admin-nav-link.js';

/** A link to the moderation view in the admin's navigation, in the admin's language. */
export function ModerationNavLink({ i18n }: Pick<ServerProps, 'i18n'>) {
  return (
    <AdminNavLink href="/admin/moderation">
      {i18n?.language === 'en' ? 'Moderation (association register)' : 'Moderering (föreningsregistret)'}
    </AdminNavLink>
  );
}
