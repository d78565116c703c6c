import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { locales } from '../../domain/locale.js';

export const trainingRegistrationStatuses = ['REGISTERED', 'WAITLISTED', 'CANCELLED'] as const;

/**
 * A staff member's registration for a training (personal data). One partition per training, in order of
 * registration (`ticket`: the instant and a random tail), so that a training's registrations, its waiting
 * list's order and one registration by id are each one read.
 */
export const trainingRegistrationSchema = {
  model: { entity: 'trainingRegistration', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    trainingKey: { type: 'string', required: true },
    ticket: { type: 'string', required: true },
    /** The token's subject; `anonymised:<ticket>` once anonymised. */
    subject: { type: 'string', required: true },
    /** A keyed hash of the subject: counts distinct people (coverage) without naming them, and survives anonymisation. */
    person: { type: 'string', required: true },
    name: { type: 'string' },
    email: { type: 'string' },
    department: { type: 'string', required: true },
    /** The language the person chose for their e-mail (registered, cancelled, reminder); Swedish when absent. */
    locale: { type: locales },
    status: { type: trainingRegistrationStatuses, required: true },
    attended: { type: 'boolean', required: true },
    registeredAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    anonymisedAt: { type: 'string' },
    /**
     * Set when the training is shared (functions/training/sharing.ts): its organiser, whose roll counts the seats. The
     * registration itself stays in the person's own municipality (`tenant`), with its coordinator's data.
     */
    organiser: { type: 'string' },
  },
  indexes: {
    // training.registrations, cancel's first waiting, a registration by id: the training's partition by ticket
    byTraining: {
      pk: { field: 'pk', composite: ['tenant', 'trainingKey'] },
      sk: { field: 'sk', composite: ['ticket'] },
    },
    // viewer.trainingRegistrations, staff:erase: one person's registrations
    byPerson: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant', 'subject'] },
      sk: { field: 'gsi1sk', composite: ['registeredAt'] },
    },
  },
} as const;

export const createTrainingRegistrationEntity = (config: EntityConfiguration) =>
  new Entity(trainingRegistrationSchema, config);
export type TrainingRegistrationEntity = ReturnType<typeof createTrainingRegistrationEntity>;
export type TrainingRegistrationItem = EntityItem<TrainingRegistrationEntity>;
