import React from 'react';

/** A link to one of Värna's admin views (Moderation, Reports, Webhooks) after Payload's links in the navigation. */
export function AdminNavLink({ href, children }: { href: `/admin/${string}`; children: React.ReactNode }) {
  return (
    <a href={href} className="nav__link" style={{ display: 'block', padding: '4px 0' }}>
      {children}
    </a>
  );
}
