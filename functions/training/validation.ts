import * as z from 'zod/mini';
import { formats } from '../domain/formats.js';
import { badUserInput } from '../domain/errors.js';

/** Input rules of registerForTraining: a breach is BAD_USER_INPUT naming the input path, before anything is read. */
export const registerForTrainingInput = z.object({
  trainingId: z.string().check(z.regex(formats.slug.pattern, 'must be a training id')),
  department: z
    .string()
    .check(z.regex(formats.slug.pattern, 'must be a department slug such as "socialforvaltningen"')),
  idempotencyKey: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'must be 8–100 letters, digits or _.:-')),
  /** The GraphQL `Locale` of the person's e-mail; absent or null: Swedish. */
  locale: z.optional(z.nullable(z.enum(['SV', 'EN', 'FI', 'AR', 'SO']))),
});

/** The largest window coverage and the report are worked out for: five years of trainings. */
const MAX_WINDOW_MS = 5 * 366 * 24 * 60 * 60 * 1000;

/** A window [from, to) of coverage or the report, as UTC instants. */
export interface ReportWindow {
  from: string;
  to: string;
}

/** Whether a stored instant (ISO 8601, UTC) lies in the window. */
export const inWindow = (window: ReportWindow, instant: string | undefined) =>
  instant !== undefined && instant >= window.from && instant < window.to;

/** A report's window [from, to): to after from, at most five years. */
export function reportWindow(from: string, to: string): ReportWindow {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!(end > start)) throw badUserInput('to', { sv: 'to måste vara efter from.', en: 'to must be after from.' });
  if (end - start > MAX_WINDOW_MS)
    throw badUserInput('to', {
      sv: 'Perioden får vara högst fem år lång.',
      en: 'The window may span at most five years.',
    });
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
