import type { CollectionConfig, Field } from 'payload';
import { fieldLabels } from './labels.js';

/** A field with its Swedish and English label from `fieldLabels` unless it names its own; nested fields likewise. */
function labelled(field: Field): Field {
  const withNested = (value: Field): Field => {
    if ('fields' in value && Array.isArray(value.fields))
      return { ...value, fields: value.fields.map(labelled) } as Field;
    if (value.type === 'tabs')
      return { ...value, tabs: value.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(labelled) })) };
    return value;
  };
  if (!('name' in field) || field.type === 'ui' || ('label' in field && field.label !== undefined))
    return withNested(field);
  const label = fieldLabels[field.name];
  return withNested(label ? ({ ...field, label } as Field) : field);
}

/**
 * A collection as the admin shows it in Swedish and English: every named field labelled from the one
 * dictionary (cms/i18n/labels.ts). A field missing from it keeps Payload's label (its name, in English)
 * and test/unit/field-labels.test.ts reports it.
 */
export const withLabels = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(labelled),
});
