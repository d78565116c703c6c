import type { z } from 'zod';

/** An event's document (a training, a council meeting) refused when it has an end that is not after its start. */
export function endingAfterStart<Event extends z.ZodType<{ startsAt: string; endsAt?: string | undefined }>>(
  event: Event,
) {
  return event.refine((value) => !value.endsAt || Date.parse(value.endsAt) > Date.parse(value.startsAt), {
    path: ['endsAt'],
    message: 'must be after startsAt',
  });
}
