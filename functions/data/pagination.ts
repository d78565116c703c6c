import { badUserInput } from '../server/errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** An ElectroDB query, ready to run. */
interface PageableQuery<T> {
  go(options: { cursor: string | null; count: number; limit?: number }): Promise<{ data: T[] }>;
}

/** `first` as a page size: default 20; more than 100 or negative is BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(field, `${field} must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

export interface PageRequest<T> extends PageArgs {
  /** Fingerprint of the list (type, scope, filter): cursors of one list are refused by another. */
  list: string;
  cursorSecret: string;
  /** Builds the query; `filtered` queries read whole DynamoDB pages so that the filter rarely needs a second call. */
  query: PageableQuery<T>;
  filtered: boolean;
  /** The ElectroDB cursor of an item in the list's index. */
  positionOf: (item: T) => string;
}

/** One page of a list: one Query (more only when a filter drops most of a DynamoDB page). */
export async function fetchPage<T>(request: PageRequest<T>): Promise<Connection<T>> {
  const size = pageSize(request.first);
  const position = request.after ? decodeCursor(request.cursorSecret, request.after, request.list) : null;
  // One item more than asked tells whether another page follows.
  const count = size + 1;
  const { data } = await request.query.go({
    cursor: position,
    count,
    ...(request.filtered ? {} : { limit: count }),
  });
  const edges = data.slice(0, size).map((node) => ({
    cursor: encodeCursor(request.cursorSecret, request.list, request.positionOf(node)),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: data.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
