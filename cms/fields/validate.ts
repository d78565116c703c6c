import type { z } from 'zod';

/**
 * Payload `validate` functions from the read model's own zod rules, so that an editor sees the same
 * rule, with a clear message, that the API's publish would enforce. A custom `validate` replaces
 * Payload's own, `required` included, so an empty value of a required field is refused here.
 */
export const matches =
  (rule: z.ZodType, message: string) =>
  (value: unknown, options?: { required?: boolean }): true | string => {
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (empty) return options?.required ? 'This field is required.' : true;
    const values = Array.isArray(value) ? value : [value];
    return values.every((item) => rule.safeParse(item).success) || message;
  };
