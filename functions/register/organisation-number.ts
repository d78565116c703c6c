/**
 * Swedish organisation numbers as the register takes them. An association's (ideell förening, ekonomisk
 * förening, trossamfund, stiftelse…) has 20 or more in its "month" digits, the third and fourth; a
 * personnummer (YYMMDD-NNNN) has a month 01–12 and a samordningsnummer the same with the day plus 60.
 * A sole trader's number is the person's own personnummer: the register refuses it, and never shows one
 * stored before it did.
 */

/** The ten digits of a number written NNNNNN-NNNN, NNNNNNNNNN, or with two digits (a century, or 16) in front; null if it is none of these. */
export function digitsOf(value: string): string | null {
  const match = /^(\d{2})?(\d{6})-?(\d{4})$/.exec(value);
  return match ? `${match[2]}${match[3]}` : null;
}

/** Why `value` is not an association's organisation number, as the end of an input error's message; null if it is one. */
export function organisationNumberProblem(value: string): string | null {
  const digits = digitsOf(value);
  if (!digits) return 'must be a Swedish organisation number, NNNNNN-NNNN';
  if (!hasValidCheckDigit(digits)) return 'has an invalid check digit';
  // Said plainly: the commonest mistake is a sole trader's (or a board member's) own number.
  if (readsAsPersonalNumber(digits))
    return "reads as a personnummer or samordningsnummer, a person's own number (as a sole trader's is): give the association's organisation number, whose third and fourth digits are 20 or more";
  if (!isAssociationNumber(digits))
    return "is not an association's organisation number: its third and fourth digits are 20 or more";
  // Twelve digits: 16 in front is Skatteverket's long form of an organisation number; anything else would be a century.
  if (value.replace('-', '').length === 12 && !value.startsWith('16'))
    return 'must be a Swedish organisation number, NNNNNN-NNNN (or 16NNNNNN-NNNN)';
  return null;
}

/** Luhn over all ten digits (the last is the check digit), as for personnummer and organisation numbers. */
export function hasValidCheckDigit(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** An association's organisation number: its third digit is 2 or more (the "month" 20–99). */
export const isAssociationNumber = (digits: string) => Number(digits[2]) >= 2;

/** Reads as a personnummer or samordningsnummer: a month 01–12 and a day 01–31, or 61–91 for a samordningsnummer. */
export function readsAsPersonalNumber(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/**
 * What the public may be shown of a stored number: the number, unless it is not an association's (items
 * stored before personnummer were refused may hold one; an association's number is public, a person's the
 * register does not publish).
 */
export function publicOrganisationNumber(stored: string): string | null {
  const digits = digitsOf(stored);
  return digits && isAssociationNumber(digits) ? stored : null;
}
