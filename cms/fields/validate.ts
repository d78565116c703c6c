import type { z } from 'zod';
import { inLanguage, text, type Text } from '../i18n/labels.js';

/**
 * Payload `validate` functions from the read model's own zod rules, so that an editor sees the same
 * rule, with a clear message, that the API's publish would enforce. A custom `validate` replaces
 * Payload's own, `required` included, so an empty value of a required field is refused here.
 */
export const matches =
  (rule: z.ZodType, message: Text) =>
  (value: unknown, options?: { required?: boolean; req?: { i18n?: { language?: string } } }): true | string => {
    const language = options?.req?.i18n?.language;
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (empty)
      return options?.required
        ? inLanguage(text('Fältet är obligatoriskt.', 'This field is required.'), language)
        : true;
    const values = Array.isArray(value) ? value : [value];
    return values.every((item) => rule.safeParse(item).success) || inLanguage(message, language);
  };
