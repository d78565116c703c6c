import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { trainingAudiences } from '../../domain/vocabulary.js';
import { referenceAttributes, referenceListIndex, referencePrimaryIndex } from './shared.js';

/** Departments (förvaltningar) are reference data for the intranet, so they have no scope. */
export const departmentSchema = {
  model: { entity: 'department', version: '1', service: 'varna' },
  attributes: {
    ...referenceAttributes,
    /** The competence plan: how many people of each training audience the department should have trained. */
    trainingTargets: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: {
          audience: { type: trainingAudiences, required: true },
          count: { type: 'number', required: true },
        },
      },
    },
  },
  indexes: {
    // registerForTraining, a registration's department: GetItem / BatchGet by slug
    bySlug: referencePrimaryIndex,
    // departments, coverage: every department of the tenant, by name
    list: referenceListIndex,
  },
} as const;

export const createDepartmentEntity = (config: EntityConfiguration) => new Entity(departmentSchema, config);
export type DepartmentEntity = ReturnType<typeof createDepartmentEntity>;
export type DepartmentItem = EntityItem<DepartmentEntity>;
