import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';

/**
 * A built search index, stored for the API's instances: the serialised index of one tenant, scope,
 * locale and content version, gzipped and cut into chunks that fit in items. The current version never
 * expires; the indexer gives a superseded one an hour (`expiresAt`, the table's TTL) for instances still loading it.
 */
export const searchIndexChunkSchema = {
  model: { entity: 'searchIndexChunk', version: '1', service: 'varna' },
  attributes: {
    tenant: { type: 'string', required: true },
    scope: { type: ['public', 'staff'], required: true },
    locale: { type: ['sv', 'en', 'fi', 'ar', 'so'], required: true },
    version: { type: 'number', required: true },
    chunk: { type: 'number', required: true },
    /** How many chunks the index has: a reader that sees fewer waits for the writer or builds it again. */
    chunks: { type: 'number', required: true },
    data: { type: 'string', required: true },
    expiresAt: { type: 'number' },
  },
  indexes: {
    // search index load: every chunk of one version, in order (one Query)
    byVersion: {
      pk: { field: 'pk', composite: ['tenant', 'scope', 'locale', 'version'] },
      sk: { field: 'sk', composite: ['chunk'] },
    },
  },
} as const;

export const createSearchIndexChunkEntity = (config: EntityConfiguration) => new Entity(searchIndexChunkSchema, config);
export type SearchIndexChunkItem = EntityItem<ReturnType<typeof createSearchIndexChunkEntity>>;
