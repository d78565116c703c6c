import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { referenceAttributes, referenceListIndex, referencePrimaryIndex } from './shared.js';

/** Districts are always public reference data, so they have no scope. */
export const districtSchema = {
  model: { entity: 'district', version: '1', service: 'varna' },
  attributes: referenceAttributes,
  indexes: {
    // districts of a resource, organisation, association or activity: BatchGet by slug
    bySlug: referencePrimaryIndex,
    // districts: every district of the tenant, by name
    list: referenceListIndex,
  },
} as const;

export const createDistrictEntity = (config: EntityConfiguration) => new Entity(districtSchema, config);
export type DistrictEntity = ReturnType<typeof createDistrictEntity>;
export type DistrictItem = EntityItem<DistrictEntity>;
