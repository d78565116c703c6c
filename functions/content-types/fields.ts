import { z } from 'zod';
import { formats } from '../domain/formats.js';
import { locales } from '../domain/locale.js';
import { sanitizeRichText } from '../domain/html.js';

/** Field rules shared by the editorial documents; the CMS validates with the same rules. */

export const documentKey = z.string().regex(formats.slug.pattern, formats.slug.message).max(120);

const translations = (text: z.ZodType<string>) =>
  z
    .object(
      Object.fromEntries(locales.map((locale) => [locale, text.optional()])) as Record<
        (typeof locales)[number],
        z.ZodOptional<z.ZodType<string>>
      >,
    )
    .strict();

/** Plain text per locale; Swedish is required where the text itself is. */
export const localizedText = (max: number) =>
  translations(z.string().trim().max(max)).refine((text) => Boolean(text.sv), 'needs a Swedish text');

export const optionalLocalizedText = (max: number) => translations(z.string().trim().max(max)).optional();

/**
 * The most HTML one rich-text field may hold in one locale. With five locales and a document's other
 * fields its read-model item stays under DynamoDB's 400 KB (the whole item is checked too: MAX_ITEM_BYTES).
 */
export const MAX_RICH_TEXT_CHARACTERS = 30_000;

/** Rich text per locale, given as HTML and stored sanitised. */
export const localizedHtml = translations(
  z
    .string()
    .max(
      MAX_RICH_TEXT_CHARACTERS,
      `is longer than ${MAX_RICH_TEXT_CHARACTERS.toLocaleString('en')} characters of HTML; shorten it or split it into pages`,
    )
    .transform(sanitizeRichText),
).optional();

export const isoInstant = z.iso.datetime({ offset: true });
export const webUrl = z.url({ protocol: /^https?$/ }).max(2000);
export const email = z.email().max(320);
export const phone = z.string().regex(formats.phone.pattern, formats.phone.message);
export const languageCode = z.string().regex(formats.languageCode.pattern, formats.languageCode.message);
export const visibility = z.enum(['PUBLIC', 'INTERNAL']);
export const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM');

export const revisionFields = {
  key: documentKey,
  /** Monotonic per document (the CMS uses the change's time in ms); an older revision never replaces a newer one. */
  revision: z.number().int().nonnegative(),
  updatedAt: isoInstant.optional(),
};
