import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { localizedText } from './shared.js';

/** Districts are always public reference data, so they have no scope. */
export const districtSchema = {
  model: { entity: 'district', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    key: { type: 'string', required: true },
    revision: { type: 'number', required: true },
    name: { ...localizedText, required: true },
    listOrder: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    // districts of a resource, organisation, association or activity: BatchGet by slug
    bySlug: { pk: { field: 'pk', composite: ['tenant', 'key'] }, sk: { field: 'sk', composite: [] } },
    // districts: every district of the tenant, by name
    list: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant'] },
      sk: { field: 'gsi1sk', composite: ['listOrder'] },
    },
  },
} as const;

export const createDistrictEntity = (config: EntityConfiguration) => new Entity(districtSchema, config);
export type DistrictEntity = ReturnType<typeof createDistrictEntity>;
export type DistrictItem = EntityItem<DistrictEntity>;
