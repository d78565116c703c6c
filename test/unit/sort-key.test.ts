import { describe, expect, it } from 'vitest';
import { joinSortKey, swedishSortText } from '../../functions/domain/sort-key.js';

describe('Swedish sort keys', () => {
  it('put å, ä and ö after z, in that order, whatever the case', () => {
    const names = ['Örebro', 'alby', 'Ärla', 'Zorn', 'Åre', 'Botkyrka', 'éxempel'];
    const sorted = [...names].sort((a, b) => (swedishSortText(a) < swedishSortText(b) ? -1 : 1));
    expect(sorted).toEqual(['alby', 'Botkyrka', 'éxempel', 'Zorn', 'Åre', 'Ärla', 'Örebro']);
  });

  it('sort a name before its longer continuations', () => {
    expect(joinSortKey(swedishSortText('Alby'), 'x') < joinSortKey(swedishSortText('Alby centrum'), 'a')).toBe(true);
  });
});
