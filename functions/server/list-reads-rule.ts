import { Kind, type GraphQLOutputType, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { FILTER_READS } from '../data/pagination.js';
import { queryTooComplex } from './errors.js';

/**
 * The DynamoDB reads an operation's top-level lists may make: a filtered list up to FILTER_READS
 * Queries, any other one Query. Armor's cost weighs fields, not reads, so aliases of a filtered list
 * would each pass it; this caps their sum. (Nested lists are bounded by the depth and cost limits.)
 */
/** The type's name under its list and non-null wrappers (structurally: the schema's graphql may be another module instance). */
function namedTypeName(type: GraphQLOutputType): string {
  let inner: unknown = type;
  while (inner && typeof inner === 'object' && 'ofType' in inner && inner.ofType) inner = inner.ofType;
  return (inner as { name: string }).name;
}

export function maxListReadsRule(maxReads: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return;
      const queryType = context.getSchema().getQueryType();
      if (!queryType) return;
      const fields = queryType.getFields();
      const seenFragments = new Set<string>();
      let reads = 0;
      const visit = (selectionSet: SelectionSetNode) => {
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
          else if (selection.kind === Kind.FRAGMENT_SPREAD) {
            const fragment = context.getFragment(selection.name.value);
            if (fragment && !seenFragments.has(fragment.name.value)) {
              seenFragments.add(fragment.name.value);
              visit(fragment.selectionSet);
            }
          } else {
            const field = fields[selection.name.value];
            if (!field || !namedTypeName(field.type).endsWith('Connection')) continue;
            const filtered = selection.arguments?.some((argument) => argument.name.value === 'filter' && argument.value.kind !== Kind.NULL);
            reads += filtered ? FILTER_READS : 1;
          }
        }
      };
      visit(operation.selectionSet);
      if (reads > maxReads) {
        context.reportError(queryTooComplex(`The lists of this query may read ${reads} DynamoDB pages; the limit is ${maxReads}. Ask for fewer lists at once.`));
      }
    },
  });
}
