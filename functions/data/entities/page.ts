import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { editorialAttributes, editorialListIndex, editorialPrimaryIndex, localizedText } from './shared.js';

export const pageSchema = {
  model: { entity: 'page', version: '1', service: 'varna' },
  attributes: {
    ...editorialAttributes,
    title: { ...localizedText, required: true },
    body: localizedText,
  },
  indexes: {
    // page(slug): one GetItem in the caller's scope
    bySlug: editorialPrimaryIndex,
    // every page of a scope, by title (the CMS's resync compares them; no API read lists pages)
    list: editorialListIndex,
  },
} as const;

export const createPageEntity = (config: EntityConfiguration) => new Entity(pageSchema, config);
export type PageEntity = ReturnType<typeof createPageEntity>;
export type PageItem = EntityItem<PageEntity>;
