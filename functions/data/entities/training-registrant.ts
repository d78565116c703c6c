import { Entity, type EntityConfiguration } from 'electrodb';

/**
 * The guard of one active registration per person and training: written with the registration under a
 * condition (a second one is a CONFLICT whatever the race), removed when it is cancelled.
 */
export const trainingRegistrantSchema = {
  model: { entity: 'trainingRegistrant', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    trainingKey: { type: 'string', required: true },
    subject: { type: 'string', required: true },
    ticket: { type: 'string', required: true },
  },
  indexes: {
    // registerForTraining (conditional put), training.myRegistration (GetItem)
    byPerson: {
      pk: { field: 'pk', composite: ['tenant', 'trainingKey', 'subject'] },
      sk: { field: 'sk', composite: [] },
    },
  },
} as const;

export const createTrainingRegistrantEntity = (config: EntityConfiguration) =>
  new Entity(trainingRegistrantSchema, config);
