import React from 'react';
import { BotkyrkaMark } from './mark.js';

/**
 * The login page's logo (admin.components.graphics.Logo): Botkyrka kommun's name and mark, and the
 * service's, in place of Payload's. The name is text, so it reads in every theme and to screen readers.
 */
export function Logo() {
  return (
    <div data-botkyrka-logo style={{ display: 'flex', alignItems: 'center', gap: 12, color: 'var(--theme-text)' }}>
      <BotkyrkaMark size={48} />
      <span style={{ fontSize: '1.5rem', fontWeight: 600, lineHeight: 1.2 }}>Botkyrka kommun · Värna</span>
    </div>
  );
}
