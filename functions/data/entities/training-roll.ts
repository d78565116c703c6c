import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * A training's roll: the seat counts every registration, cancellation and promotion changes in its own
 * transaction (their conditions are what stops overbooking), and who attended, as `person|department`
 * (keyed hashes, no names), which is what coverage and the prevention report count. One item per
 * training, read with the training list of a window in BatchGets of 100.
 */
export const trainingRollSchema = {
  model: { entity: 'trainingRoll', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    trainingKey: { type: 'string', required: true },
    registered: { type: 'number' },
    waitlisted: { type: 'number' },
    attendees: { type: 'set', items: 'string' },
    /**
     * The training's end as of the roll's last registration write: the retention job finds what it must
     * anonymise by the rolls themselves, so a training unpublished or deleted since is not forgotten.
     */
    endsAt: { type: 'string' },
    /** When the training's registrations were anonymised (the retention job's mark). */
    anonymisedAt: { type: 'string' },
  },
  indexes: {
    // registerForTraining, cancel, attendance (conditional counters); report (BatchGet per training)
    byTraining: { pk: { field: 'pk', composite: ['tenant', 'trainingKey'] }, sk: { field: 'sk', composite: [] } },
    // retention job: the tenant's rolls by their training's end (rolls written before `endsAt` are not in it)
    byEnd: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant'], template: '$varna#trainingrolls#tenant_${tenant}' },
      sk: { field: 'gsi1sk', composite: ['endsAt'] },
    },
  },
} as const;

export const createTrainingRollEntity = (config: EntityConfiguration) => new Entity(trainingRollSchema, config);
export type TrainingRollItem = EntityItem<ReturnType<typeof createTrainingRollEntity>>;

/** What the roll records of one attendee. */
export const attendeeOf = (registration: { person: string; department: string }) =>
  `${registration.person}|${registration.department}`;
