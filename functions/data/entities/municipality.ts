import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * A municipality (or a training provider such as Fryshuset) that this deployment serves: a tenant. Its slug is
 * the `tenant` part of every key of its content; `npm run tenant:create` writes it. The stage's default
 * municipality (`VARNA_TENANT`) is served even without an item, so a single-municipality stage needs none.
 */
export const municipalitySchema = {
  model: { entity: 'municipality', version: '1', service: 'varna' },
  attributes: {
    slug: { type: 'string', required: true },
    name: { type: 'string', required: true },
    /**
     * A municipality has residents and staff; a provider (Fryshuset) organises trainings for municipalities; the
     * national tenant (`nationellt`) holds the content every municipality shows (functions/read-model/national.ts).
     */
    kind: { type: ['MUNICIPALITY', 'PROVIDER', 'NATIONAL'] as const, required: true },
    /** The frontends' origins (`https://www.huddinge.se`): a browser's request from one means this municipality. */
    origins: { type: 'list', items: { type: 'string' }, required: true, default: () => [] },
    /** The keys of the national documents this municipality does not show (functions/read-model/national.ts). */
    hiddenNational: { type: 'list', items: { type: 'string' }, required: true, default: () => [] },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    // the registry: every municipality of the deployment in one Query (an API instance caches it), by slug
    registry: { pk: { field: 'pk', composite: [] }, sk: { field: 'sk', composite: ['slug'] } },
  },
} as const;

export const createMunicipalityEntity = (config: EntityConfiguration) => new Entity(municipalitySchema, config);
export type MunicipalityItem = EntityItem<ReturnType<typeof createMunicipalityEntity>>;
