import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { editorialAttributes, editorialListIndex, editorialPrimaryIndex, localizedText, stringList } from './shared.js';
import { organisationKinds } from '../../domain/vocabulary.js';

export const organisationSchema = {
  model: { entity: 'organisation', version: '1', service: 'varna' },
  attributes: {
    ...editorialAttributes,
    name: { type: 'string', required: true },
    kind: { type: organisationKinds, required: true },
    description: localizedText,
    website: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    districts: stringList,
    interreligiousCouncilMember: { type: 'boolean', required: true },
    /** In the public copy only the persons who consented to publication are written at all. */
    contactPersons: {
      type: 'list',
      items: {
        type: 'map',
        properties: {
          name: { type: 'string', required: true },
          role: { type: 'string' },
          email: { type: 'string' },
          phone: { type: 'string' },
          publicConsent: { type: 'boolean', required: true },
        },
      },
    },
  },
  indexes: {
    // provider / participants: BatchGet by key in the caller's scope
    byKey: editorialPrimaryIndex,
    // organisations: by name within the caller's scope
    list: editorialListIndex,
  },
} as const;

export const createOrganisationEntity = (config: EntityConfiguration) => new Entity(organisationSchema, config);
export type OrganisationEntity = ReturnType<typeof createOrganisationEntity>;
export type OrganisationItem = EntityItem<OrganisationEntity>;
