/**
 * A CSV file's rows as Excel in Swedish settings reads them (RFC 4180 with semicolons): a quoted field may
 * hold semicolons, doubled quotes and line breaks; records end in CRLF; empty lines are left out.
 */
export function parseSwedishCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) field += char;
    else if (char === ';') endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push([]);
      i++;
    } else field += char;
  }
  endField();
  return rows.filter((row) => !(row.length === 1 && row[0] === ''));
}
