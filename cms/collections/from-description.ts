import type {
  CollectionConfig,
  CollectionSlug,
  Field,
  NumberField as PayloadNumberField,
  RelationshipField,
  RichTextField as PayloadRichTextField,
  SelectField,
  TextField as PayloadTextField,
  TextareaField,
} from 'payload';
import type { ContentTypeDescription, FieldDescription } from '../../functions/content-types/describe.js';
import { documentHeadFields, enumOptions, visibilityField } from '../fields/common.js';
import { groups } from '../i18n/labels.js';
import { editorialDefaults } from './editorial.js';

/** The admin's field of a described field, with the same rules as the document's (content-types/from-description.ts). */
function fieldOf(name: string, field: FieldDescription): Field {
  const common = { name, ...(field.label ? { label: field.label } : {}) };
  const description = field.help ? { description: field.help } : {};
  switch (field.kind) {
    case 'text':
      return field.multiline
        ? ({
            ...common,
            type: 'textarea',
            required: field.required,
            localized: true,
            maxLength: field.max,
            admin: description,
          } satisfies TextareaField)
        : ({
            ...common,
            type: 'text',
            required: field.required,
            localized: true,
            maxLength: field.max,
            admin: description,
          } satisfies PayloadTextField);
    case 'richText':
      return { ...common, type: 'richText', localized: true, admin: description } satisfies PayloadRichTextField;
    case 'number':
      return {
        ...common,
        type: 'number',
        defaultValue: field.default,
        min: field.min,
        max: field.max,
        admin: { position: 'sidebar', ...description },
      } satisfies PayloadNumberField;
    case 'choices':
      // A set, not an order: no drag handle (a sortable chip is a button around its remove button, WCAG 4.1.2).
      return {
        ...common,
        type: 'select',
        hasMany: true,
        options: enumOptions(field.values),
        admin: { isSortable: false, ...description },
      } satisfies SelectField;
    case 'references':
      return {
        ...common,
        type: 'relationship',
        // Payload checks at start-up that the collection exists.
        relationTo: field.to as CollectionSlug,
        hasMany: true,
        maxRows: field.max,
        admin: { isSortable: true, ...description },
      } satisfies RelationshipField;
  }
}

/** The CMS collection of a described content type: the editorial defaults, the document's head and its fields. */
export const collectionFrom = (description: ContentTypeDescription<string, string, any>): CollectionConfig => ({
  slug: description.collection,
  labels: description.labels,
  admin: {
    useAsTitle: description.title,
    defaultColumns: [description.title, ...description.columns, '_status'],
    group: groups[description.group],
  },
  ...editorialDefaults,
  fields: [
    ...documentHeadFields,
    visibilityField,
    ...Object.entries<FieldDescription>(description.fields).map(([name, field]) => fieldOf(name, field)),
  ],
});
