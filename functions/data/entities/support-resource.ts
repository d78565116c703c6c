import { CustomAttributeType, Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { editorialAttributes, editorialListIndex, editorialPrimaryIndex, localizedText, stringList } from './shared.js';
import { weekdays } from '../../domain/opening-hours.js';
import { preventionLevels, type Audience } from '../../domain/vocabulary.js';

export const supportResourceSchema = {
  model: { entity: 'supportResource', version: '1', service: 'varna' },
  attributes: {
    ...editorialAttributes,
    priority: { type: 'number', required: true },
    title: { ...localizedText, required: true },
    summary: localizedText,
    body: localizedText,
    audiences: { type: 'list', items: { type: CustomAttributeType<Audience>('string') }, required: true },
    preventionLevel: { type: preventionLevels },
    languages: { ...stringList, required: true },
    phone: { type: 'string' },
    email: { type: 'string' },
    url: { type: 'string' },
    openingHours: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          weekday: { type: weekdays, required: true },
          opens: { type: 'string', required: true },
          closes: { type: 'string', required: true },
        },
      },
    },
    openingHoursNote: localizedText,
    districts: stringList,
    provider: { type: 'string' },
    verifiedAt: { type: 'string' },
  },
  indexes: {
    // supportResource(slug): one GetItem in the caller's scope
    bySlug: editorialPrimaryIndex,
    // supportResources: priority, then title, within the caller's scope
    list: editorialListIndex,
  },
} as const;

export const createSupportResourceEntity = (config: EntityConfiguration) => new Entity(supportResourceSchema, config);
export type SupportResourceEntity = ReturnType<typeof createSupportResourceEntity>;
export type SupportResourceItem = EntityItem<SupportResourceEntity>;
