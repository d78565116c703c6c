import type { LocaleCode } from '../domain/locale.js';
import { termOf } from './analysis.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A plain-text excerpt around the first match, with each word that matched wrapped in <mark>…</mark>;
 * everything else is escaped, so <mark> is the snippet's only markup. A word matched when its search
 * term is one of the hit's terms, or the start of one (a prefix match on a compound word).
 */
export function snippetOf(text: string, matchedTerms: string[], locale: LocaleCode, length = 180): string {
  const matched = new Set(matchedTerms);
  const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
  const marks: [number, number][] = [];
  for (const found of text.matchAll(wordPattern)) {
    const term = termOf(found[0], locale);
    if (
      term &&
      (matched.has(term) ||
        (term.length >= 3 &&
          matchedTerms.some((candidate) => term.startsWith(candidate) || candidate.startsWith(term))))
    )
      marks.push([found.index, found.index + found[0].length]);
  }
  const firstMark = marks[0]?.[0] ?? 0;
  let start = Math.max(0, firstMark - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  let snippet = '';
  let at = start;
  for (const [from, to] of marks) {
    if (from < start || to > end) continue;
    snippet += `${escape(text.slice(at, from))}<mark>${escape(text.slice(from, to))}</mark>`;
    at = to;
  }
  snippet += escape(text.slice(at, end));
  return `${start > 0 ? '… ' : ''}${snippet.trim()}${end < text.length ? ' …' : ''}`;
}
