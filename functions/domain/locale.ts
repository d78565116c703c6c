/** Locales of the API (GraphQL enum values) and of stored text (lower-case codes). */
export const locales = ['sv', 'en', 'fi', 'ar', 'so'] as const;
export type LocaleCode = (typeof locales)[number];
export type LocalizedText = Partial<Record<LocaleCode, string>>;

/** The GraphQL `Locale` value (SV, EN, …) as a stored locale code; Swedish when absent. */
export function localeCode(locale: string | null | undefined): LocaleCode {
  const code = (locale ?? 'SV').toLowerCase();
  return (locales as readonly string[]).includes(code) ? (code as LocaleCode) : 'sv';
}

/** The text in `locale`, falling back to Swedish when that translation is missing or empty. */
export function pick(text: LocalizedText | null | undefined, locale: LocaleCode): string | null {
  if (!text) return null;
  return text[locale] || text.sv || null;
}
