import React from 'react';
import { BotkyrkaMark } from './mark.js';

/** The navigation's icon (admin.components.graphics.Icon): Botkyrka's mark, named for screen readers. */
export function Icon() {
  return (
    <span style={{ color: 'var(--theme-text)', display: 'inline-flex' }}>
      <BotkyrkaMark size={24} title="Botkyrka kommun · Värna" />
    </span>
  );
}
