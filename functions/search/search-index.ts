import MiniSearch from 'minisearch';
import { locales, type LocaleCode } from '../domain/locale.js';
import type { SearchType } from '../graphql/types.generated.js';
import { termOf, words } from './analysis.js';
import { searchDocumentOf, searchId, type Searchable } from './documents.js';

/**
 * An in-process search index (MiniSearch, BM25) over one scope's searchables: a title and a text field
 * per locale, each analysed with that locale's rules (analysis.ts). A query searches the fields of its
 * locale, where a missing translation holds the Swedish text. Whole-word matches rank above prefixes
 * (compound words: "våld" finds "våldsbejakande") and one-typo matches (terms of four letters or more
 * after stemming, i.e. words of about five or more).
 */
const fieldLocale = (field: string) => field.slice(field.indexOf('_') + 1) as LocaleCode;
const fields = locales.flatMap((locale) => [`title_${locale}`, `text_${locale}`]);

export interface SearchHit {
  searchable: Searchable;
  score: number;
  /** The index terms the query matched (stemmed and folded). */
  terms: string[];
}

export interface SearchIndex {
  search(query: string, locale: LocaleCode, types: readonly SearchType[] | null): SearchHit[];
  /** The searchable's text in `locale`, as indexed (Swedish where the translation is missing). */
  textOf(searchable: Searchable, locale: LocaleCode): string;
  size: number;
}

export function buildSearchIndex(searchables: Searchable[]): SearchIndex {
  const documents = searchables.map(searchDocumentOf);
  const byId = new Map(searchables.map((searchable) => [searchId(searchable), searchable]));
  const texts = new Map(documents.map((document) => [document.id, document]));
  const index = new MiniSearch<Record<string, string>>({
    fields,
    storeFields: ['type'],
    tokenize: words,
    processTerm: (term, field) => termOf(term, fieldLocale(field ?? 'text_sv')) || null,
  });
  index.addAll(
    documents.map((document) => ({
      id: document.id,
      type: document.type,
      ...Object.fromEntries(
        locales.flatMap((locale) => [
          [`title_${locale}`, document.title[locale]],
          [`text_${locale}`, document.text[locale]],
        ]),
      ),
    })),
  );
  return {
    size: documents.length,
    textOf: (searchable, locale) => texts.get(searchId(searchable))?.text[locale] ?? '',
    search(query, locale, types) {
      const results = index.search(query, {
        fields: [`title_${locale}`, `text_${locale}`],
        boost: { [`title_${locale}`]: 3 },
        tokenize: words,
        processTerm: (term) => termOf(term, locale) || null,
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 4 ? 1 : false),
        combineWith: 'OR',
        ...(types?.length ? { filter: (result) => types.includes(result.type as SearchType) } : {}),
      });
      return results.map((result) => ({ searchable: byId.get(String(result.id))!, score: result.score, terms: result.terms }));
    },
  };
}
