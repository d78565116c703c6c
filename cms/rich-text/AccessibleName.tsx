'use client';

import { createClientFeature } from '@payloadcms/richtext-lexical/client';
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Points the editing area's `aria-labelledby` at the field's visible label ("Brödtext — Svenska"), giving
 * the label an id when it has none, whenever Lexical (re)attaches its root element.
 */
function AccessibleNamePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const label = root
          ?.closest('.field-type')
          ?.querySelector<HTMLElement>(':scope > [class$="__label-row"] .field-label');
        if (!root || !label) return;
        const target = label.getAttribute('for');
        label.id ||= target ? `${target}-label` : `field-label-${editor.getKey()}`;
        root.setAttribute('aria-labelledby', label.id);
      }),
    [editor],
  );
  return null;
}

export const AccessibleNameFeatureClient = createClientFeature({
  plugins: [{ Component: AccessibleNamePlugin, position: 'normal' }],
});
