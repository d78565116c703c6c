import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { trainingAudiences } from '../../domain/vocabulary.js';
import { localizedText } from './shared.js';

/** Departments (förvaltningar) are reference data for the intranet, so they have no scope. */
export const departmentSchema = {
  model: { entity: 'department', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    key: { type: 'string', required: true },
    revision: { type: 'number', required: true },
    name: { ...localizedText, required: true },
    /** The competence plan: how many people of each training audience the department should have trained. */
    trainingTargets: {
      type: 'list',
      required: true,
      items: { type: 'map', properties: { audience: { type: trainingAudiences, required: true }, count: { type: 'number', required: true } } },
    },
    listOrder: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    // registerForTraining, a registration's department: GetItem / BatchGet by slug
    bySlug: { pk: { field: 'pk', composite: ['tenant', 'key'] }, sk: { field: 'sk', composite: [] } },
    // departments, coverage: every department of the tenant, by name
    list: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant'] },
      sk: { field: 'gsi1sk', composite: ['listOrder'] },
    },
  },
} as const;

export const createDepartmentEntity = (config: EntityConfiguration) => new Entity(departmentSchema, config);
export type DepartmentEntity = ReturnType<typeof createDepartmentEntity>;
export type DepartmentItem = EntityItem<DepartmentEntity>;
