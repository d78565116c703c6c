import type { z } from 'zod';

/**
 * Payload `validate` functions from the read model's own zod rules, so that an editor sees the same
 * rule, with a clear message, that the API's publish would enforce.
 */
export const matches =
  (rule: z.ZodType, message: string) =>
  (value: unknown): true | string => {
    if (value === undefined || value === null || value === '') return true;
    const values = Array.isArray(value) ? value : [value];
    return values.every((item) => rule.safeParse(item).success) || message;
  };
