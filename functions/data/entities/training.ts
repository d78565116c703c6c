import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { editorialAttributes, editorialListIndex, editorialPrimaryIndex, localizedText } from './shared.js';
import { trainingAudiences } from '../../domain/vocabulary.js';

export const trainingSchema = {
  model: { entity: 'training', version: '1', service: 'varna' },
  attributes: {
    ...editorialAttributes,
    title: { ...localizedText, required: true },
    description: localizedText,
    startsAt: { type: 'string', required: true },
    endsAt: { type: 'string' },
    audience: { type: trainingAudiences, required: true },
    registrationUrl: { type: 'string' },
    /** Seats for registrations taken in Värna; none: no limit. */
    capacity: { type: 'number' },
    /** False once the editors close registration. */
    registrationOpen: { type: 'boolean' },
    provider: { type: 'string' },
    /** Where it was held: a district's key (the report counts trainings per district by it); none: not said. */
    district: { type: 'string' },
    /**
     * A shared training (functions/training/sharing.ts): the municipality or provider that organises it, on the copy a
     * partner municipality shows; absent on the organiser's own item.
     */
    organiser: { type: 'string' },
    /** The partner municipalities it is offered to (the organiser's partnership, as the organiser's admins set it). */
    offeredTo: { type: 'list', items: { type: 'string' } },
  },
  indexes: {
    byKey: editorialPrimaryIndex,
    // trainings: by start time (UTC ISO) within the caller's scope
    list: editorialListIndex,
  },
} as const;

export const createTrainingEntity = (config: EntityConfiguration) => new Entity(trainingSchema, config);
export type TrainingEntity = ReturnType<typeof createTrainingEntity>;
export type TrainingItem = EntityItem<TrainingEntity>;
