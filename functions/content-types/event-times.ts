import type { z } from 'zod';
import { joinSortKey, utcInstant } from '../domain/sort-key.js';
import type { BaseDocument } from './define.js';
import { contentOf, editorialBase } from './items.js';

type EventTimes = { startsAt: string; endsAt?: string | undefined };

/** An event's document (a training, a council meeting) refused when it has an end that is not after its start. */
export function endingAfterStart<Event extends z.ZodType<EventTimes>>(event: Event) {
  return event.refine((value) => !value.endsAt || Date.parse(value.endsAt) > Date.parse(value.startsAt), {
    path: ['endsAt'],
    message: 'must be after startsAt',
  });
}

/** An event's item: listed by its start (then its key), its start and end stored as UTC instants. */
export function eventItem<Doc extends BaseDocument & EventTimes & { visibility?: unknown }>(doc: Doc, tenant: string) {
  const startsAt = utcInstant(doc.startsAt);
  return {
    ...editorialBase(doc, tenant, joinSortKey(startsAt, doc.key)),
    ...contentOf(doc),
    startsAt,
    endsAt: doc.endsAt ? utcInstant(doc.endsAt) : undefined,
  };
}
