import type { ServerProps } from 'payload';
import React from 'react';

/** A link to the moderation view in the admin's navigation, in the admin's language. */
export function ModerationNavLink({ i18n }: Pick<ServerProps, 'i18n'>) {
  return (
    <a href="/admin/moderation" className="nav__link" style={{ display: 'block', padding: '4px 0' }}>
      {i18n?.language === 'en' ? 'Moderation (association register)' : 'Moderering (föreningsregistret)'}
    </a>
  );
}
