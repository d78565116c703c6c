import MiniSearch, { type Options } from 'minisearch';
import { locales, type LocaleCode } from '../domain/locale.js';
import type { SearchType } from '../graphql/types.generated.js';
import { termOf, words } from './analysis.js';
import { searchDocumentOf, searchKey, type Searchable } from './documents.js';

/**
 * An in-process search index (MiniSearch, BM25) over one scope's searchables: a title and a text field
 * per locale, each analysed with that locale's rules (analysis.ts). A query searches the fields of its
 * locale, where a missing translation holds the Swedish text. Whole-word matches rank above prefixes
 * (compound words: "våld" finds "våldsbejakande") and one-typo matches (terms of four letters or more
 * after stemming, i.e. words of about five or more). The index holds terms and each document's type and
 * key only; the hits' items are read when a page of them is answered.
 */
const fieldLocale = (field: string) => field.slice(field.indexOf('_') + 1) as LocaleCode;

const indexOptions: Options<Record<string, string>> = {
  fields: locales.flatMap((locale) => [`title_${locale}`, `text_${locale}`]),
  storeFields: ['type', 'key'],
  tokenize: words,
  processTerm: (term, field) => termOf(term, fieldLocale(field ?? 'text_sv')) || null,
};

export interface SearchHit {
  type: SearchType;
  /** The slug of editorial content, the id of an activity or association. */
  key: string;
  score: number;
  /** The index terms the query matched (stemmed and folded). */
  terms: string[];
}

export interface SearchIndex {
  search(query: string, locale: LocaleCode, types: readonly SearchType[] | null): SearchHit[];
  size: number;
  /** The index as JSON, for storing (index-store.ts). */
  serialize(): string;
}

function wrap(index: MiniSearch<Record<string, string>>): SearchIndex {
  return {
    size: index.documentCount,
    serialize: () => JSON.stringify(index),
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
      return results.map((result) => ({ type: result.type as SearchType, key: String(result.key), score: result.score, terms: result.terms }));
    },
  };
}

export function buildSearchIndex(searchables: Searchable[]): SearchIndex {
  const index = new MiniSearch<Record<string, string>>(indexOptions);
  index.addAll(
    searchables.map((searchable) => {
      const document = searchDocumentOf(searchable);
      return {
        id: document.id,
        type: document.type,
        key: searchKey(searchable),
        ...Object.fromEntries(
          locales.flatMap((locale) => [
            [`title_${locale}`, document.title[locale]],
            [`text_${locale}`, document.text[locale]],
          ]),
        ),
      };
    }),
  );
  return wrap(index);
}

export const loadSearchIndex = (json: string): SearchIndex => wrap(MiniSearch.loadJSON(json, indexOptions));
