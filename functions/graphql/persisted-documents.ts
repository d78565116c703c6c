/**
 * `npm run persisted-queries`, step one: the operations the frontends send (the contract, `next/` included)
 * and those Värna's own clients send (`operations/`), one document per operation, written in GraphQL
 * Codegen's persisted-documents form for Apollo's manifest generator (persisted-query-manifest.config.ts),
 * which writes the persisted query list the API serves and safelists (functions/server/persisted-queries.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contractOperationsIn } from './contract-operations.js';
import { operationsIn } from './operations.js';

const root = resolve(import.meta.dirname, '../..');
export const persistedDocumentsFile = join(root, 'node_modules/.cache/varna/persisted-documents.json');
const contractDir = join(root, '../shared/contract');
const ownOperations = join(root, 'operations');

// The contract as the frontends send it (a validating proposed operation replaces its namesake), and our own.
const sources = [
  ...contractOperationsIn(contractDir, ''),
  ...contractOperationsIn(contractDir, 'next/'),
  ...readdirSync(ownOperations)
    .filter((name) => name.endsWith('.graphql'))
    .flatMap((file) => operationsIn(join(ownOperations, file))),
].map((operation) => operation.source);
const documents: Record<string, string> = {};
for (const source of sources) documents[createHash('sha256').update(source).digest('hex')] = source;
mkdirSync(dirname(persistedDocumentsFile), { recursive: true });
writeFileSync(persistedDocumentsFile, JSON.stringify(documents, null, 2));
