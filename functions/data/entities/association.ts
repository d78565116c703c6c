import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { stringList } from './shared.js';

export const associationStatuses = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] as const;

/** An association of the register. Owned by DynamoDB: written by the API's mutations, not by the CMS. */
export const associationSchema = {
  model: { entity: 'association', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    id: { type: 'string', required: true },
    accountId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    organisationNumber: { type: 'string', required: true },
    description: { type: 'string' },
    website: { type: 'string' },
    email: { type: 'string' },
    districts: stringList,
    status: { type: associationStatuses, required: true },
    version: { type: 'number', required: true },
    moderationNote: { type: 'string' },
    /** Absent after an APPROVED association's erasure (functions/register/retention.ts) until its owner gives a new one. */
    contactPerson: {
      type: 'map',
      properties: {
        name: { type: 'string', required: true },
        email: { type: 'string', required: true },
        phone: { type: 'string' },
      },
    },
    /**
     * A change an APPROVED association made to what the public sees, waiting for a moderator; the fields
     * above stay what the public sees until it is approved. The whole proposal, not only what differs.
     */
    pendingChange: {
      type: 'map',
      properties: {
        name: { type: 'string', required: true },
        description: { type: 'string' },
        website: { type: 'string' },
        email: { type: 'string' },
        districts: stringList,
        submittedAt: { type: 'string', required: true },
      },
    },
    listOrder: { type: 'string', required: true },
    /** When a moderator first approved the association (the prevention report counts approvals per window). */
    approvedAt: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    // activity.association and mutations: GetItem / BatchGet by id
    byId: { pk: { field: 'pk', composite: ['tenant', 'id'] }, sk: { field: 'sk', composite: [] } },
    // associations: by name within one status (the public reads APPROVED only)
    byStatus: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['tenant', 'status'] },
      sk: { field: 'gsi1sk', composite: ['listOrder'] },
    },
    // viewer.association: the association an account registered
    byAccount: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['tenant', 'accountId'] },
      sk: { field: 'gsi2sk', composite: [] },
    },
  },
} as const;

export const createAssociationEntity = (config: EntityConfiguration) => new Entity(associationSchema, config);
export type AssociationEntity = ReturnType<typeof createAssociationEntity>;
export type AssociationItem = EntityItem<AssociationEntity>;
