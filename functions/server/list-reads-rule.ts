import {
  isListType,
  isNonNullType,
  Kind,
  type FieldNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, FILTER_READS, MAX_PAGE_SIZE } from '../data/pagination.js';
import { queryTooComplex } from './errors.js';

/**
 * The DynamoDB reads an operation's lists may make: a filtered list up to FILTER_READS Queries, any
 * other one Query, and a list inside a list once per item of the outer page (an association's
 * activities under `associations(first: 100)` are a hundred Queries). Armor's cost weighs fields, not
 * reads, so aliases of a filtered list, or a nested list under a long page, would each pass it; this
 * caps their sum.
 */

/** Fields that make a Query of their own besides the connections (every `…Connection` type is one). */
const queryBackedFields = new Set([
  'Training.registrations',
  'Training.myRegistration',
  'Viewer.association',
  'Viewer.trainingRegistrations',
  'Viewer.calendarTokens',
]);

/** The type's name under its list and non-null wrappers (structurally: the schema's graphql may be another module instance). */
function namedTypeName(type: GraphQLOutputType): string {
  let inner: unknown = type;
  while (inner && typeof inner === 'object' && 'ofType' in inner && inner.ofType) inner = inner.ofType;
  return (inner as { name: string }).name;
}

const returnsList = (type: GraphQLOutputType) => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * The items a page of this field may hold: its literal `first` when it is a page size the list accepts,
 * the default without one, and the largest page otherwise (a variable, or a value the list will refuse:
 * a refused alias must not lower the count of the ones that run).
 */
function pageSizeOf(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!first || first.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  const size = first.kind === Kind.INT ? Number(first.value) : NaN;
  return size >= 0 && size <= MAX_PAGE_SIZE ? size : MAX_PAGE_SIZE;
}

/** Fields of a type by name, for object and interface types (a union has none but `__typename`). */
function fieldsOf(schema: GraphQLSchema, typeName: string) {
  const type = schema.getType(typeName);
  return type && 'getFields' in type ? (type.getFields() as Record<string, { type: GraphQLOutputType }>) : {};
}

export function maxListReadsRule(maxReads: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return;
      const schema = context.getSchema();
      const queryType = schema.getQueryType();
      if (!queryType) return;
      let reads = 0;
      /**
       * `times`: how often this selection set is resolved per request; `page`: inside a connection, the size
       * of its page, which its list (`edges`) multiplies by.
       */
      const visit = (
        selectionSet: SelectionSetNode,
        typeName: string,
        times: number,
        fragments: ReadonlySet<string>,
        page?: number,
      ) => {
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.INLINE_FRAGMENT)
            visit(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, times, fragments, page);
          else if (selection.kind === Kind.FRAGMENT_SPREAD) {
            const fragment = context.getFragment(selection.name.value);
            // A fragment inside itself is another rule's error; here it is simply not followed again.
            if (fragment && !fragments.has(fragment.name.value))
              visit(
                fragment.selectionSet,
                fragment.typeCondition.name.value,
                times,
                new Set([...fragments, fragment.name.value]),
                page,
              );
          } else {
            const field = fieldsOf(schema, typeName)[selection.name.value];
            if (!field) continue;
            const fieldType = namedTypeName(field.type);
            const connection = fieldType.endsWith('Connection');
            if (connection || queryBackedFields.has(`${typeName}.${selection.name.value}`)) {
              const filtered = selection.arguments?.some(
                (argument) => argument.name.value === 'filter' && argument.value.kind !== Kind.NULL,
              );
              reads += times * (filtered ? FILTER_READS : 1);
            }
            if (!selection.selectionSet) continue;
            // Below a list (a connection's edges, or a plain list), every field is resolved once per item.
            if (connection) visit(selection.selectionSet, fieldType, times, fragments, pageSizeOf(selection));
            else
              visit(
                selection.selectionSet,
                fieldType,
                returnsList(field.type) ? times * (page ?? DEFAULT_PAGE_SIZE) : times,
                fragments,
              );
          }
        }
      };
      visit(operation.selectionSet, queryType.name, 1, new Set());
      if (reads > maxReads) {
        context.reportError(
          queryTooComplex(
            `The lists of this query may read ${reads} DynamoDB pages; the limit is ${maxReads}. Ask for fewer lists at once.`,
          ),
        );
      }
    },
  });
}
