/**
 * `npm run persisted-queries`, step one: the operations the frontends send (the contract, `next/` included)
 * and those Värna's own clients send (`operations/`), one document per operation, written in GraphQL
 * Codegen's persisted-documents form for Apollo's manifest generator (persisted-query-manifest.config.ts),
 * which writes the persisted query list the API serves and safelists (functions/server/persisted-queries.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { operationsIn } from './operations.js';

const root = resolve(import.meta.dirname, '../..');
export const persistedDocumentsFile = join(root, 'node_modules/.cache/varna/persisted-documents.json');
const folders = [join(root, '../shared/contract'), join(root, '../shared/contract/next'), join(root, 'operations')];

const documents: Record<string, string> = {};
for (const folder of folders) {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.graphql'))) {
    for (const { source } of operationsIn(join(folder, file))) documents[createHash('sha256').update(source).digest('hex')] = source;
  }
}
mkdirSync(dirname(persistedDocumentsFile), { recursive: true });
writeFileSync(persistedDocumentsFile, JSON.stringify(documents, null, 2));
