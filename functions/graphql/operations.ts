import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode, type OperationTypeNode } from 'graphql';

/** One operation of a .graphql file, as the persisted query list and the safelist compare it: printed by graphql-js. */
export interface OperationSource {
  name: string;
  kind: OperationTypeNode;
  source: string;
}

/** The operations a .graphql file defines, each printed on its own (layout and comments do not matter). */
export function operationsIn(file: string): OperationSource[] {
  return parse(readFileSync(file, 'utf8'))
    .definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    )
    .map((operation) => ({ name: operation.name?.value ?? '', kind: operation.operation, source: print(operation) }));
}
