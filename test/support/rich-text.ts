import type { DataFromCollectionSlug } from 'payload';

/** A rich-text field's value as Payload stores it (Lexical's editor state). */
export type RichText = NonNullable<DataFromCollectionSlug<'support-resources'>['body']>;

/** A paragraph of text as Lexical rich text, the shape Payload stores a richText field in. */
export const lexical = (text: string): RichText => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
});
