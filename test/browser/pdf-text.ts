import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF that Chromium (Skia) writes, as a reader's "copy all" would give it: each text object's
 * glyphs through its font's ToUnicode map, in the order drawn. Enough to check that a printed page says what
 * it must; no layout, no other producers (Skia names each font by its object's number and puts every object
 * at the top level, uncompressed apart from its streams).
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream?: string }>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const [, id, body] = match as unknown as [string, string, string];
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(id, { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const raw = body.slice(body.indexOf('\n', streamAt) + 1, body.lastIndexOf('endstream')).replace(/\r?\n$/, '');
    const bytes = Buffer.from(raw, 'latin1');
    let stream: string | undefined;
    try {
      stream = (dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      stream = undefined; // a stream we need not read (an image)
    }
    objects.set(id, { dict, stream });
  }
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  // Font resource name (F<object number>) → glyph code (hex) → text.
  const fonts = new Map<string, Map<string, string>>();
  for (const [id, { dict }] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(dict)?.[1];
    const cmap = toUnicode ? objects.get(toUnicode)?.stream : undefined;
    if (!cmap) continue;
    const map = new Map<string, string>();
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, value] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(code!.toLowerCase(), utf16(value!));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, low, high, value] of block[1]!.matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
      )) {
        const width = low!.length;
        for (let code = parseInt(low!, 16), n = 0; code <= parseInt(high!, 16); code++, n++) {
          const first = Buffer.from(value!, 'hex');
          first.writeUInt16BE(first.readUInt16BE(first.length - 2) + n, first.length - 2);
          map.set(code.toString(16).padStart(width, '0'), first.swap16().toString('utf16le'));
        }
      }
    fonts.set(`F${id}`, map);
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream) || !/\bTf\b/.test(stream)) continue;
    let font = new Map<string, string>();
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = '';
      for (const [, name, hex] of block[1]!.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)>/g)) {
        if (name) font = fonts.get(name) ?? new Map();
        else {
          const width = [...font.keys()][0]?.length ?? 4;
          for (let at = 0; at < hex!.length; at += width)
            line += font.get(hex!.slice(at, at + width).toLowerCase()) ?? '';
        }
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}
