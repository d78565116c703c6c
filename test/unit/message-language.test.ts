import { describe, expect, it } from 'vitest';
import { messageLanguageOf } from '../../functions/domain/said.js';

describe("the language of an error's message, from Accept-Language", () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['sv', 'sv'],
    ['sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7', 'sv'],
    ['en-US,en;q=0.9,sv;q=0.8', 'en'],
    ['fi-FI,sv;q=0.5', 'sv'],
    ['de-DE,fr;q=0.8', 'en'],
    ['en;q=0.2,sv;q=0.8', 'sv'],
    ['sv;q=0', 'en'],
  ])('%s → %s', (header, language) => {
    expect(messageLanguageOf(header)).toBe(language);
  });
});
