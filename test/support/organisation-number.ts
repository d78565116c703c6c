/** `first9` with its Luhn check digit, as NNNNNN-NNNN (the Swedish number's check, computed here independently of the API). */
export function withCheckDigit(first9: string): string {
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    let digit = Number(first9[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return `${first9.slice(0, 6)}-${first9.slice(6)}${(10 - (sum % 10)) % 10}`;
}
