import { Kind, parse, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Fields that load other stored items (one batch per level); everything else is inside the item. */
const relationFields = new Set(['provider', 'districts', 'district', 'participants', 'association', 'activities']);

function levels(selectionSet: SelectionSetNode | undefined): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const below = levels(selection.selectionSet);
    deepest = Math.max(deepest, relationFields.has(selection.name.value) ? below + 1 : below);
  }
  return deepest;
}

/** Root fields and the deepest chain of relation levels an operation asks for. */
export function relationShape(source: string): { rootFields: number; relationLevels: number } {
  const operation = parse(source).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const roots = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD);
  return {
    rootFields: roots.length,
    relationLevels: Math.max(0, ...roots.map((root) => (root.kind === Kind.FIELD ? levels(root.selectionSet) : 0))),
  };
}
