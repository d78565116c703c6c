import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { operationsIn, type OperationSource } from '../../functions/graphql/operations.js';

/** The frontends' contract, from `../shared/contract/` beside the project. */
export const contractDir = resolve(import.meta.dirname, '../../../shared/contract');

export interface ContractOperation extends OperationSource {
  file: string;
}

/** The contract's operations; `next/` holds those the open issues add (file names then start with `next/`). */
export function contractOperations(folder: '' | 'next/' = ''): ContractOperation[] {
  return readdirSync(join(contractDir, folder))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => folder + file)
    .flatMap((file) => operationsIn(join(contractDir, file)).map((operation) => ({ file, ...operation })));
}

export const contractOperation = (name: string) => {
  const operation = [...contractOperations(), ...contractOperations('next/')].find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`No contract operation ${name}`);
  return operation.source;
};
