import { createServerFeature } from '@payloadcms/richtext-lexical';

/**
 * Names every rich-text field's editing area by its label (WCAG 4.1.2). Payload's Lexical editor renders a
 * `role="textbox"` without a name (axe: aria-input-field-name), so a screen reader announced "edit text"
 * with no field; its label's `for` cannot name a contenteditable. The client half does the naming.
 */
export const AccessibleNameFeature = createServerFeature({
  feature: { ClientFeature: '/rich-text/AccessibleName.js#AccessibleNameFeatureClient' },
  key: 'accessibleName',
});
