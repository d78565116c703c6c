import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * The search's pointer. `version` is raised after every change to what search finds (a publish or
 * unpublish in the read model, a moderation decision in the register); the raise reaches the search
 * indexer through the table's stream (search/indexer.ts). `built` is the version whose indexes are
 * stored complete: the one every API instance loads and keeps until it moves.
 */
export const searchVersionSchema = {
  model: { entity: 'searchVersion', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    version: { type: 'number', required: true, default: 0 },
    built: { type: 'number' },
  },
  indexes: {
    // search: one GetItem before a search (at most once a second per instance); the indexer's stream filter matches this key of every municipality
    byTenant: { pk: { field: 'pk', composite: ['tenant'] }, sk: { field: 'sk', composite: [] } },
  },
} as const;

export const createSearchVersionEntity = (config: EntityConfiguration) => new Entity(searchVersionSchema, config);
export type SearchVersionItem = EntityItem<ReturnType<typeof createSearchVersionEntity>>;
