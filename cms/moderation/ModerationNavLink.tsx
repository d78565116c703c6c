import React from 'react';

/** A link to the moderation view in the admin's navigation. */
export function ModerationNavLink() {
  return (
    <a href="/admin/moderation" className="nav__link" style={{ display: 'block', padding: '4px 0' }}>
      Moderation (association register)
    </a>
  );
}
