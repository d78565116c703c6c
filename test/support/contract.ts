import { resolve } from 'node:path';
import { contractOperationsIn, type ContractOperation } from '../../functions/graphql/contract-operations.js';

export type { ContractOperation };

/** The frontends' contract, from `../shared/contract/` beside the project. */
export const contractDir = resolve(import.meta.dirname, '../../../shared/contract');

/**
 * The contract's operations as the frontends send them (`next/` holds the later ones; file names then start
 * with `next/`): a proposed operation that validates replaces its namesake, as the contract's README says.
 */
export const contractOperations = (folder: '' | 'next/' = ''): ContractOperation[] => {
  // Read once per run: the rule validates the proposed operations against the schema, and the bench asks per request.
  let operations = readOnce.get(folder);
  if (!operations) readOnce.set(folder, (operations = contractOperationsIn(contractDir, folder)));
  return operations;
};
const readOnce = new Map<string, ContractOperation[]>();

export const contractOperation = (name: string) => {
  const operation = [...contractOperations(), ...contractOperations('next/')].find(
    (candidate) => candidate.name === name,
  );
  if (!operation) throw new Error(`No contract operation ${name}`);
  return operation.source;
};
