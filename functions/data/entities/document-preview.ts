import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import { scopeAttribute } from './shared.js';

/**
 * One draft of an editorial document as the API would serve it, written by the CMS when an editor opens a
 * preview (functions/read-model/preview.ts): the content type's own item of the draft, in the raw form
 * ElectroDB stores it, per read scope (the staff copy, and the public copy of a PUBLIC draft). It has its
 * own key, by CMS document, and no list index, so no list, feed, search index or open data ever meets it;
 * only the one document read of a request that carries the matching preview token does. A newer draft or
 * a publish deletes it (the CMS's sync); DynamoDB's TTL removes it once its link has expired anyway.
 */
export const documentPreviewSchema = {
  model: { entity: 'documentPreview', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    documentType: { type: 'string', required: true },
    documentId: { type: 'string', required: true },
    scope: scopeAttribute,
    /** The key the draft is read by (a slug, or a training's id). */
    key: { type: 'string', required: true },
    /** The draft's version (its updatedAt in ms), which the token names. */
    version: { type: 'number', required: true },
    /** The content type's item of the draft, as ElectroDB would store it (JSON). */
    item: { type: 'string', required: true },
    /** Seconds since the epoch: the table's TTL attribute, the link's expiry. */
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    // the API's read with a preview token, and the CMS's removal on publish: by CMS document and scope
    byDocument: {
      pk: { field: 'pk', composite: ['tenant', 'documentType', 'documentId'] },
      sk: { field: 'sk', composite: ['scope'] },
    },
  },
} as const;

export const createDocumentPreviewEntity = (config: EntityConfiguration) => new Entity(documentPreviewSchema, config);
export type DocumentPreviewItem = EntityItem<ReturnType<typeof createDocumentPreviewEntity>>;
