import { badUserInput } from '../domain/errors.js';

/**
 * How a list narrows its Query (see pagination.ts for how it is paged): a time window on the sort key, and a
 * filter expression of the conditions a caller asked for.
 */

/** A list's window [from, to) of instants, either end open. */
export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/** The window a list's filter asks for: `filter.to` after `filter.from`, or BAD_USER_INPUT. */
export function timeWindowOf(filter: { from?: string | null; to?: string | null } | null | undefined): TimeWindow {
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && Date.parse(to) <= Date.parse(from))
    throw badUserInput('filter.to', {
      sv: 'filter.to måste vara efter filter.from.',
      en: 'filter.to must be after filter.from.',
    });
  return { from, to };
}

/** An ElectroDB Query whose sort key may be ranged by its composite attributes (`Bound`). */
interface RangeableQuery<Bound, Ranged> {
  between(start: Bound, end: Bound): Ranged;
  gte(start: Bound): Ranged;
  lt(end: Bound): Ranged;
}

/** The Query ranged to the window on its sort key (`bound`: the key's composite at an instant); open ends stay open. */
export function withinWindow<Query, Bound, Ranged>(
  query: Query & RangeableQuery<Bound, Ranged>,
  bound: (instant: string) => Bound,
  { from, to }: TimeWindow,
): Query | Ranged {
  if (from && to) return query.between(bound(from), bound(to));
  if (from) return query.gte(bound(from));
  if (to) return query.lt(bound(to));
  return query;
}

/** One condition of a filter expression; a falsy one (a filter not asked for) is left out. */
type Condition = string | false | null | undefined;

/**
 * The Query narrowed by a filter expression of the conditions a caller asked for (all of them must hold), when
 * any was: it is then `filtered`, and its list reads a bounded window per page, since the expression drops
 * items after they are read (pagination.ts).
 */
export function narrowedBy<Query, Narrowed, Attributes, Operations>(
  query: Query & { where(expression: (attr: Attributes, op: Operations) => string): Narrowed },
  asked: boolean,
  conditions: (attr: Attributes, op: Operations) => Condition[],
): { query: Query | Narrowed; filtered: boolean } {
  if (!asked) return { query, filtered: false };
  return { query: query.where((attr, op) => conditions(attr, op).filter(Boolean).join(' AND ')), filtered: true };
}
