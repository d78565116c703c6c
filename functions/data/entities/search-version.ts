import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * The search's content version: raised after every change to what search finds (a publish or unpublish
 * in the read model, a moderation decision in the register). A Lambda instance keeps its search index
 * while the version is the one it was built at, and builds it again when the version has moved.
 */
export const searchVersionSchema = {
  model: { entity: 'searchVersion', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    version: { type: 'number', required: true, default: 0 },
  },
  indexes: {
    // search: one GetItem before each search
    byTenant: { pk: { field: 'pk', composite: ['tenant'] }, sk: { field: 'sk', composite: [] } },
  },
} as const;

export const createSearchVersionEntity = (config: EntityConfiguration) => new Entity(searchVersionSchema, config);
export type SearchVersionItem = EntityItem<ReturnType<typeof createSearchVersionEntity>>;
