import type { CollectionConfig, Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { collectionFrom } from '../../cms/collections/from-description.js';
import { CouncilMeetings } from '../../cms/collections/council-meetings.js';
import { Departments } from '../../cms/collections/departments.js';
import { Districts } from '../../cms/collections/districts.js';
import { Organisations } from '../../cms/collections/organisations.js';
import { SupportResources } from '../../cms/collections/support-resources.js';
import { Trainings } from '../../cms/collections/trainings.js';
import { withLabels } from '../../cms/i18n/with-labels.js';
import { describedTypes } from '../../functions/content-types/described.js';

/** Named fields without a Swedish and English label, nested fields included (`collection.path`). */
function unlabelled(collection: CollectionConfig): string[] {
  const walk = (fields: Field[], path: string): string[] =>
    fields.flatMap((field) => {
      const nested =
        'fields' in field && Array.isArray(field.fields)
          ? walk(field.fields, 'name' in field ? `${path}.${field.name}` : path)
          : field.type === 'tabs'
            ? field.tabs.flatMap((tab) => walk(tab.fields, path))
            : [];
      if (!('name' in field) || field.type === 'ui') return nested;
      const label = 'label' in field ? field.label : undefined;
      const labelled = typeof label === 'object' && label !== null && 'sv' in label && 'en' in label;
      return labelled ? nested : [`${path}.${field.name}`, ...nested];
    });
  return walk(withLabels(collection).fields, collection.slug);
}

describe("the admin's field labels", () => {
  it('give every field of every editorial collection a Swedish and an English label', () => {
    const collections = [
      ...describedTypes.map((description) => collectionFrom(description)),
      SupportResources,
      Organisations,
      CouncilMeetings,
      Trainings,
      Districts,
      Departments,
    ];
    expect(collections.flatMap(unlabelled)).toEqual([]);
  });

  it('name a field that has neither its own label nor one in the dictionary', () => {
    const described = collectionFrom({ ...describedTypes[0], fields: { unheardOf: { kind: 'richText' } } });
    expect(unlabelled(described)).toEqual(['pages.unheardOf']);
  });
});
