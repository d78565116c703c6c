import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import type { LocaleCode } from '../domain/locale.js';

/**
 * How text becomes search terms, per locale: Unicode normalisation and Arabic normalisation, then the
 * locale's Snowball stemmer (Swedish, English, Finnish, Arabic; Somali has none and relies on prefix and
 * typo tolerance), then diacritics folded away so that "vald" finds "våld" and "Tumba" finds "tumba".
 * Documents and queries go through the same steps.
 */
const stemmers: Record<LocaleCode, ((word: string) => string) | null> = {
  sv: swedish,
  en: english,
  fi: finnish,
  ar: arabic,
  so: null,
};

const arabicDiacritics = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/** Case, compatibility forms, and Arabic's spelling variants: tashkeel and tatweel removed, alef forms unified, alef maqsura as ya. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(arabicDiacritics, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a');
}

/** Letters without their diacritics: å, ä → a; ö → o; é → e (Arabic letters are not decomposed). */
export const fold = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '');

/** Words of letters (with their combining marks, e.g. Arabic vowel signs) and digits, in any script. */
export const words = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Terms already worked out, per locale: a corpus repeats its words, and stemming is most of an index build. */
const known = new Map<LocaleCode, Map<string, string>>(
  Object.keys(stemmers).map((locale) => [locale as LocaleCode, new Map()]),
);
const MAX_KNOWN = 200_000;

/** One word of `locale` as its search term. */
export function termOf(word: string, locale: LocaleCode): string {
  const terms = known.get(locale)!;
  let term = terms.get(word);
  if (term === undefined) {
    const normalized = normalize(word);
    const stem = stemmers[locale];
    term = fold(stem ? stem(normalized) : normalized);
    if (terms.size >= MAX_KNOWN) terms.clear();
    terms.set(word, term);
  }
  return term;
}
