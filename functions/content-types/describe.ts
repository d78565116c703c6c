/**
 * An editorial content type described once: its names, its fields with their rules and labels, how its
 * list sorts, the website's pages that show it, and its example content. Plain data, so that the Lambda
 * reads its entity from it without the CMS's validation code: the document rules (zod, from-description.ts),
 * the read-model entity (data/entities/described.ts), the CMS collection (cms/collections/from-description.ts)
 * and the plain reads (resolvers/described-reads.ts) are built from it.
 */

/** A label or help text in the admin's two languages. */
export type Label = { sv: string; en: string };

interface FieldCommon {
  /** The admin's label; without it the shared dictionary's (cms/i18n/labels.ts) by the field's name. */
  label?: Label;
  /** Help shown under the field in the admin. */
  help?: Label;
}

/** Plain text in every locale, Swedish required where the field is. */
export interface TextField extends FieldCommon {
  kind: 'text';
  max: number;
  required?: boolean;
  /** A textarea rather than one line. */
  multiline?: boolean;
}

/** Rich text in every locale, given as HTML by the CMS and stored sanitised. */
export interface RichTextField extends FieldCommon {
  kind: 'richText';
}

/** A whole number in a range, shown in the admin's sidebar. */
export interface NumberField extends FieldCommon {
  kind: 'number';
  min: number;
  max: number;
  default: number;
}

/** A set of values from one of the content's value lists (domain/vocabulary.ts). */
export interface ChoicesField<Value extends string = string> extends FieldCommon {
  kind: 'choices';
  values: readonly Value[];
}

/** Other documents by key, in the editors' order: each is read in the caller's scope. */
export interface ReferencesField extends FieldCommon {
  kind: 'references';
  /** The CMS collection referred to. */
  to: string;
  max: number;
  /** What the document's rules say when one is named twice. */
  duplicateMessage: string;
}

export type FieldDescription = TextField | RichTextField | NumberField | ChoicesField | ReferencesField;

export interface ContentTypeDescription<
  Type extends string = string,
  Slug extends string = string,
  Fields extends Record<string, FieldDescription> = Record<string, FieldDescription>,
> {
  /** The document type: the read model's entity and, capitalised, the GraphQL type. */
  type: Type;
  /** The CMS collection; its camel case is the document's section in the import format. */
  collection: Slug;
  labels: { singular: Label; plural: Label };
  /** The admin's navigation group (cms/i18n/labels.ts `groups`). */
  group: 'support' | 'civilSociety' | 'council' | 'competence' | 'website' | 'reference';
  /** The text field that names a document (the admin's title). */
  title: string;
  /** The list order: these fields first (a number ascending, a text alphabetically in Swedish), then the key. */
  listOrder: readonly string[];
  /** The admin's list columns besides the title and the status. */
  columns: readonly string[];
  fields: Fields;
  /** List filters of the API, by argument name: each narrows the list to documents whose choices hold the value. */
  filters?: Record<string, string>;
  /** Search finds the type's documents by their title and these fields' text, in this order; without it, not at all. */
  search?: { text: readonly string[] };
  /** The public website's pages that show the type: its list and, with a key, one document's page. */
  webPaths(key?: string): string[];
  /** Example content for `npm run dev` and a fresh CMS, in the import format. */
  examples(now: Date): ({ key: string; status?: 'published' | 'draft' } & Record<string, unknown>)[];
}

/** The field names a description refers to (its title, list order and filters) are among its fields. */
type NamingItsFields<Fields> = {
  title: keyof Fields & string;
  search?: { text: readonly (keyof Fields & string)[] };
  listOrder: readonly (keyof Fields & string)[];
  filters?: Record<string, keyof Fields & string>;
};

/** Keeps a description's literal names and fields for the types built from it, and checks the names it refers to. */
export const describeContentType = <
  const Type extends string,
  const Slug extends string,
  const Fields extends Record<string, FieldDescription>,
>(
  description: ContentTypeDescription<Type, Slug, Fields> & NamingItsFields<Fields>,
): ContentTypeDescription<Type, Slug, Fields> => description;

/** The import format's section of a collection: `test-notices` → `testNotices`. */
export const fixtureSectionOf = <Slug extends string>(collection: Slug) =>
  collection.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<Slug>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The name search and the API's SearchType give a type: `supportResource` → `SUPPORT_RESOURCE`. */
export const searchTypeOf = (type: string) => type.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/** The GraphQL type of a described type: `situation` → `Situation`. */
export const graphqlTypeOf = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);
