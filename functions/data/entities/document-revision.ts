import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * The newest CMS revision the read model holds for one editorial document, by the CMS document's own
 * id, with the key it was last written under. It stays after an unpublish as a tombstone, so that a late
 * retry of an older publish cannot bring the document back, and it tells a key change which key to retire.
 */
export const documentRevisionSchema = {
  model: { entity: 'documentRevision', version: '2', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    documentType: { type: 'string', required: true },
    documentId: { type: 'string', required: true },
    key: { type: 'string', required: true },
    revision: { type: 'number', required: true },
    published: { type: 'boolean', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    // publish/unpublish guard: GetItem / conditional write by CMS document
    byDocument: {
      pk: { field: 'pk', composite: ['tenant', 'documentType', 'documentId'] },
      sk: { field: 'sk', composite: [] },
    },
  },
} as const;

export const createDocumentRevisionEntity = (config: EntityConfiguration) => new Entity(documentRevisionSchema, config);
export type DocumentRevisionEntity = ReturnType<typeof createDocumentRevisionEntity>;
export type DocumentRevisionItem = EntityItem<DocumentRevisionEntity>;
