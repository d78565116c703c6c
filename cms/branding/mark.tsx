import React from 'react';

/**
 * A placeholder for Botkyrka kommun's mark until the municipality's file is added: a plain shield drawn
 * inline (no file to fetch, no third party), in the text colour of the admin's theme. It is decoration
 * beside the name, so screen readers skip it unless a `title` names it.
 */
export function BotkyrkaMark({ size, title }: { size: number; title?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
      data-botkyrka-mark
    >
      {title ? <title>{title}</title> : null}
      <path
        d="M16 2 L28 6 V15 C28 22.5 22.8 27.8 16 30 C9.2 27.8 4 22.5 4 15 V6 Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
      <path d="M10 19 L16 11 L22 19 Z" fill="currentColor" />
    </svg>
  );
}
