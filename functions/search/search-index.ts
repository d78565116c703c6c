import MiniSearch, { type Options } from 'minisearch';
import type { LocaleCode } from '../domain/locale.js';
import type { SearchType } from '../graphql/types.generated.js';
import { termOf, words } from './analysis.js';
import type { SearchDocument } from './documents.js';

/**
 * An in-process search index (MiniSearch, BM25) over one scope's searchables in one locale: a title and
 * a text field, analysed with that locale's rules (analysis.ts), holding the Swedish text where a
 * translation is missing. One index per locale keeps what a cold instance loads to what its query needs.
 * Whole-word matches rank above prefixes (compound words: "våld" finds "våldsbejakande") and one-typo
 * matches (terms of four letters or more after stemming, i.e. words of about five or more). The index
 * holds terms and each document's type and key only; the hits' items are read when a page is answered.
 */
const indexOptions = (locale: LocaleCode): Options<Record<string, string>> => ({
  fields: ['title', 'text'],
  storeFields: ['type', 'key'],
  tokenize: words,
  processTerm: (term) => termOf(term, locale) || null,
});

export interface SearchHit {
  type: SearchType;
  /** The slug of editorial content, the id of an activity or association. */
  key: string;
  score: number;
  /** The index terms the query matched (stemmed and folded). */
  terms: string[];
}

export interface SearchIndex {
  search(query: string, types: readonly SearchType[] | null): SearchHit[];
  size: number;
  /** The index as JSON, for storing (index-store.ts). */
  serialize(): string;
}

function wrap(index: MiniSearch<Record<string, string>>): SearchIndex {
  return {
    size: index.documentCount,
    serialize: () => JSON.stringify(index),
    search(query, types) {
      const results = index.search(query, {
        boost: { title: 3 },
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 4 ? 1 : false),
        combineWith: 'OR',
        ...(types?.length ? { filter: (result) => types.includes(result.type as SearchType) } : {}),
      });
      return results.map((result) => ({ type: result.type as SearchType, key: String(result.key), score: result.score, terms: result.terms }));
    },
  };
}

/** The index of one locale; `documents` carry every locale's text, so that they are worked out once for all five. */
export function buildSearchIndex(documents: SearchDocument[], locale: LocaleCode): SearchIndex {
  const index = new MiniSearch<Record<string, string>>(indexOptions(locale));
  index.addAll(documents.map(({ id, type, key, title, text }) => ({ id, type, key, title: title[locale], text: text[locale] })));
  return wrap(index);
}

export const loadSearchIndex = (json: string, locale: LocaleCode): SearchIndex => wrap(MiniSearch.loadJSON(json, indexOptions(locale)));
