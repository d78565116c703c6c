/** Stored rich text is sanitised HTML: its text is what lies between the tags. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Stored rich text as plain text that keeps its blocks: each paragraph, heading and list item on a line of
 * its own (a calendar's DESCRIPTION, where an agenda's items must not run together).
 */
export function plainTextLines(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/div)[^>]*>/gi, '\n')
    .split('\n')
    .map(plainText)
    .filter(Boolean)
    .join('\n');
}
