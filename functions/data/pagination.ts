import { badUserInput } from '../domain/errors.js';
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

/**
 * A filtered list reads at most FILTER_READS DynamoDB pages of FILTER_WINDOW items each per request,
 * however few of them match: a filter that matches nothing reads 3 × 100 items, not a whole partition.
 * When the window ends before the page is full, the page is shorter and `endCursor` continues the scan
 * where it stopped (`hasNextPage` stays true until the list's end).
 */
export const FILTER_WINDOW = 100;
export const FILTER_READS = 3;

/** An ElectroDB query, ready to run. */
interface PageableQuery<T> {
  go(options: {
    cursor: string | null;
    count?: number;
    limit?: number;
    pages?: number;
  }): Promise<{ data: T[]; cursor?: string | null }>;
}

/** `first` as a page size: default 20; more than 100 or negative is BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(field, {
      sv: `${field} måste vara mellan 0 och ${MAX_PAGE_SIZE}.`,
      en: `${field} must be between 0 and ${MAX_PAGE_SIZE}.`,
    });
  }
  return first;
}

export interface PageRequest<T> extends PageArgs {
  /** Fingerprint of the list (type, scope, filter): cursors of one list are refused by another. */
  list: string;
  cursorSecret: string;
  /** Builds the query; `filtered` ones (a filter expression drops items after they are read) read a bounded window. */
  query: PageableQuery<T>;
  filtered: boolean;
  /** The ElectroDB cursor of an item in the list's index. */
  positionOf: (item: T) => string;
}

/** One page of a list: one Query, or for a filtered list at most FILTER_READS Queries of FILTER_WINDOW items. */
export async function fetchPage<T>(request: PageRequest<T>): Promise<Connection<T>> {
  const size = pageSize(request.first);
  const position = request.after ? decodeCursor(request.cursorSecret, request.after, request.list) : null;
  // One item more than asked tells whether another page follows.
  const count = size + 1;
  const { data, cursor: scanPosition } = request.filtered
    ? await request.query.go({ cursor: position, limit: FILTER_WINDOW, pages: FILTER_READS })
    : await request.query.go({ cursor: position, count, limit: count });
  const edges = data.slice(0, size).map((node) => ({
    cursor: encodeCursor(request.cursorSecret, request.list, request.positionOf(node)),
    node,
  }));
  const full = data.length > size;
  // A filtered window that ended before the page filled up: the next page starts where the reading stopped.
  const continuation =
    !full && request.filtered && scanPosition ? encodeCursor(request.cursorSecret, request.list, scanPosition) : null;
  return {
    edges,
    pageInfo: {
      hasNextPage: full || continuation !== null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: continuation ?? edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The connection with each node mapped (localised, typed), its cursors and page as they are. */
export function mapConnection<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}
