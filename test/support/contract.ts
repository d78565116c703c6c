import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type DocumentNode, type OperationDefinitionNode, print } from 'graphql';

/** The frontends' contract, from `../shared/contract/` beside the project. */
export const contractDir = resolve(import.meta.dirname, '../../../shared/contract');

export interface ContractOperation {
  file: string;
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  source: string;
}

/** The contract's operations; `next/` holds those the open issues add (file names then start with `next/`). */
export function contractOperations(folder: '' | 'next/' = ''): ContractOperation[] {
  return readdirSync(join(contractDir, folder))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => folder + file)
    .flatMap((file) => {
      const document: DocumentNode = parse(readFileSync(join(contractDir, file), 'utf8'));
      return document.definitions
        .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
        .map((operation) => ({ file, name: operation.name?.value ?? '', kind: operation.operation, source: print(operation) }));
    });
}

export const contractOperation = (name: string) => {
  const operation = [...contractOperations(), ...contractOperations('next/')].find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`No contract operation ${name}`);
  return operation.source;
};
