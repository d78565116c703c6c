/**
 * Sort keys for DynamoDB, whose string order is byte order. Swedish alphabetical order puts å, ä, ö
 * after z and ignores case and most other accents, so those are mapped before the text is stored.
 */
const swedishLast: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };

export function swedishSortText(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[åäæöø]/g, (letter) => swedishLast[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ü/g, 'y');
}

/** Joins sort-key parts so that a shorter prefix sorts before its extensions ("Alby" before "Alby C"). */
export function joinSortKey(...parts: string[]): string {
  return parts.join('\u0001');
}

/** Priority order: higher priority first, as a fixed-width ascending string. */
export function descendingPriority(priority: number): string {
  return String(999_999 - priority).padStart(6, '0');
}

/** An instant as UTC ISO 8601, so that string order is time order. */
export function utcInstant(value: string | Date): string {
  return new Date(value).toISOString();
}

/** The editors' order: lower first, as a fixed-width ascending string. */
export function ascendingOrder(order: number): string {
  return String(order).padStart(6, '0');
}
