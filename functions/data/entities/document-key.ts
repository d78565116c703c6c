import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * Which CMS document a key's read-model copies belong to, and at which revision. A late job of a document
 * that has since been deleted or renamed finds the key held by another document and leaves its copies alone.
 */
export const documentKeySchema = {
  model: { entity: 'documentKey', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    documentType: { type: 'string', required: true },
    key: { type: 'string', required: true },
    documentId: { type: 'string', required: true },
    revision: { type: 'number', required: true },
  },
  indexes: {
    // publish/unpublish ownership check: GetItem / conditional write by key
    byKey: {
      pk: { field: 'pk', composite: ['tenant', 'documentType', 'key'] },
      sk: { field: 'sk', composite: [] },
    },
  },
} as const;

export const createDocumentKeyEntity = (config: EntityConfiguration) => new Entity(documentKeySchema, config);
export type DocumentKeyEntity = ReturnType<typeof createDocumentKeyEntity>;
export type DocumentKeyItem = EntityItem<DocumentKeyEntity>;
