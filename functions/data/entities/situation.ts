import { CustomAttributeType, Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import type { Audience } from '../../domain/vocabulary.js';
import { editorialAttributes, editorialListIndex, editorialPrimaryIndex, localizedText, stringList } from './shared.js';

export const situationSchema = {
  model: { entity: 'situation', version: '1', service: 'varna' },
  attributes: {
    ...editorialAttributes,
    order: { type: 'number', required: true },
    title: { ...localizedText, required: true },
    summary: localizedText,
    body: localizedText,
    urgentAdvice: localizedText,
    audiences: { type: 'list', items: { type: CustomAttributeType<Audience>('string') }, required: true },
    /** Support resources' keys in the editors' order; each is read in the caller's scope. */
    resources: { ...stringList, required: true },
  },
  indexes: {
    // situation(slug): one GetItem in the caller's scope
    bySlug: editorialPrimaryIndex,
    // situations: the editors' order, then title, within the caller's scope
    list: editorialListIndex,
  },
} as const;

export const createSituationEntity = (config: EntityConfiguration) => new Entity(situationSchema, config);
export type SituationEntity = ReturnType<typeof createSituationEntity>;
export type SituationItem = EntityItem<SituationEntity>;
