import { contentTypes } from '../../content-types/index.js';

/**
 * The parts of the one table (stacks/storage.ts declares a single table on AWS; locally it is the same) as a
 * restore sees them. The register and training partitions and the rest of what only DynamoDB holds are
 * backed up and restored; the read model's copies are rebuilt from the CMS (`npm run cms:resync`) and the
 * search index from the read model and the register (the search indexer). The read model's guards (each
 * document's revision and key) are restored too: a deleted or unpublished document's tombstone, which keeps a
 * late job of it out, is in no CMS to rebuild it from.
 */
export type TablePart = 'register' | 'training' | 'announcements' | 'other' | 'readModel' | 'documentGuards' | 'search';

/** Parts that a restore writes back from the backup. */
export const restoredParts: readonly TablePart[] = ['register', 'training', 'announcements', 'other', 'documentGuards'];

/**
 * Parts the rebuild adds to: `npm run cms:resync` announces every document it republishes to the frontends (a
 * webhook change each, so that a restored site revalidates), so the restored announcements must all be there and
 * the rebuild's own come on top.
 */
export const partsTheRebuildAddsTo: readonly TablePart[] = ['announcements'];

const partOfEntity = new Map<string, TablePart>([
  ['association', 'register'],
  ['activity', 'register'],
  ['registerDecision', 'register'],
  ['trainingRegistration', 'training'],
  ['trainingRoll', 'training'],
  ['trainingRegistrant', 'training'],
  ['webhookChange', 'announcements'],
  ...contentTypes.map((contentType) => [contentType.type, 'readModel'] as [string, TablePart]),
  ['documentRevision', 'documentGuards'],
  ['documentKey', 'documentGuards'],
  ['searchIndexChunk', 'search'],
  ['searchVersion', 'search'],
]);

/**
 * The part an item of entity `entity` (ElectroDB's `__edb_e__`) belongs to. Whatever is not named above
 * (the outbox, webhook changes and deliveries, guards, calendar tokens, previews, an entity added later) is
 * `other`: backed up and restored, so that a new entity is never left out of a restore by default.
 */
export const partOf = (entity: string | undefined): TablePart => (entity && partOfEntity.get(entity)) || 'other';
