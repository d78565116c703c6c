import type { SearchType } from './context.js';
import MiniSearch, { type Options } from 'minisearch';
import type { LocaleCode } from '../domain/locale.js';
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
}

/** A query's hits, best first, and the index terms it matched (stemmed and folded; the same in every hit that has them). */
export interface SearchResult {
  hits: SearchHit[];
  terms: string[];
}

export interface SearchIndex {
  search(query: string, types: readonly SearchType[] | null): SearchResult;
  size: number;
  /** The index as JSON, for storing (index-store.ts). */
  serialize(): string;
}

/**
 * Queries answered by one index, remembered: the next page of a query, and the same query asked by many
 * (on a day of crisis most people type the same few words), cost no new scoring of the whole corpus.
 * An index is never changed after it is built, so a remembered answer is exactly what the index would
 * say again; a new content version brings a new index and an empty memory. Bounded by count, each entry
 * holding keys only (about 100 KB for a query that matches 3,000 documents).
 */
const REMEMBERED_QUERIES = 100;

function wrap(index: MiniSearch<Record<string, string>>): SearchIndex {
  const remembered = new Map<string, SearchResult>();
  const run = (query: string, types: readonly SearchType[] | null): SearchResult => {
    const results = index.search(query, {
      boost: { title: 3 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 ? 1 : false),
      combineWith: 'OR',
      ...(types?.length ? { filter: (result) => types.includes(result.type as SearchType) } : {}),
    });
    const terms = new Set<string>();
    for (const result of results) for (const term of result.terms) terms.add(term);
    return {
      hits: results.map((result) => ({ type: result.type as SearchType, key: String(result.key) })),
      terms: [...terms],
    };
  };
  return {
    size: index.documentCount,
    serialize: () => JSON.stringify(index),
    search(query, types) {
      const key = JSON.stringify([query.trim().toLowerCase(), types]);
      let result = remembered.get(key);
      if (result) remembered.delete(key);
      else {
        result = run(query, types);
        if (remembered.size >= REMEMBERED_QUERIES) remembered.delete(remembered.keys().next().value!);
      }
      // Most recently asked last: the oldest is the first to go.
      remembered.set(key, result);
      return result;
    },
  };
}

/** The index of one locale; `documents` carry every locale's text, so that they are worked out once for all five. */
export function buildSearchIndex(documents: SearchDocument[], locale: LocaleCode): SearchIndex {
  const index = new MiniSearch<Record<string, string>>(indexOptions(locale));
  index.addAll(
    documents.map(({ id, type, key, title, text }) => ({ id, type, key, title: title[locale], text: text[locale] })),
  );
  return wrap(index);
}

export const loadSearchIndex = (json: string, locale: LocaleCode): SearchIndex =>
  wrap(MiniSearch.loadJSON(json, indexOptions(locale)));
