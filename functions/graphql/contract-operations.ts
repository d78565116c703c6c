import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { operationsIn, type OperationSource } from './operations.js';
import { typeDefs } from './type-defs.generated.js';

/** One served operation of the frontends' contract, with the file it belongs to (`next/…` for the later ones). */
export interface ContractOperation extends OperationSource {
  file: string;
}

/** The schema the API serves, for validating operations (not executable). */
export const servedSchema = (): GraphQLSchema => buildASTSchema(parse(typeDefs));

const graphqlFiles = (folder: string) =>
  existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.graphql')) : [];

/**
 * The contract's operations as the frontends send them, by the contract's own rule (its README): the
 * operations of `folder` ('' or 'next/'), each replaced by its namesake in `proposed/` as soon as that one
 * validates against the served schema; a validating proposed operation without a namesake joins the file
 * of its own name. A proposed operation that does not validate yet changes nothing.
 */
export function contractOperationsIn(
  contractDir: string,
  folder: '' | 'next/',
  schema: GraphQLSchema = servedSchema(),
): ContractOperation[] {
  const proposedDir = join(contractDir, 'proposed');
  const proposed = graphqlFiles(proposedDir)
    .flatMap((file) => operationsIn(join(proposedDir, file)).map((operation) => ({ file, ...operation })))
    .filter((operation) => validate(schema, parse(operation.source)).length === 0);
  const served = (file: string) =>
    operationsIn(join(contractDir, folder, file)).map((operation) => ({ file: folder + file, ...operation }));
  const everyServedName = new Set(
    ['', 'next/'].flatMap((other) =>
      graphqlFiles(join(contractDir, other)).flatMap((file) =>
        operationsIn(join(contractDir, other, file)).map((o) => o.name),
      ),
    ),
  );
  const replacement = new Map(proposed.map((operation) => [operation.name, operation]));
  return graphqlFiles(join(contractDir, folder)).flatMap((file) => [
    ...served(file).map((operation) =>
      replacement.has(operation.name) ? { ...replacement.get(operation.name)!, file: operation.file } : operation,
    ),
    ...proposed
      .filter((operation) => operation.file === file && folder === '' && !everyServedName.has(operation.name))
      .map((operation) => ({ ...operation, file })),
  ]);
}
