import { describe, expect, it } from 'vitest';
import { counted, text } from '../../cms/i18n/labels.js';

/** The admin's counts ("1 registrering väntar", not "1 registreringar väntar"), in the editor's language. */
describe('a counted phrase', () => {
  const waiting = {
    one: text('registrering väntar', 'registration waiting'),
    other: text('registreringar väntar', 'registrations waiting'),
  };

  it.each([
    [0, 'sv', '0 registreringar väntar'],
    [1, 'sv', '1 registrering väntar'],
    [2, 'sv', '2 registreringar väntar'],
    [21, 'sv', '21 registreringar väntar'],
    [1, undefined, '1 registrering väntar'],
    [1, 'en', '1 registration waiting'],
    [3, 'en', '3 registrations waiting'],
  ])('says %i in %s as "%s"', (count, language, said) => {
    expect(counted(count, waiting, language)).toBe(said);
  });
});
