/**
 * EXAMPLE DATA helpers. Every organisation, person, phone number and address in the examples is invented
 * (names end in "(exempel)"/"(example)", addresses at example.org, phone numbers in the unused +46 8 000
 * range). Dates are relative to the day the examples are loaded, so that upcoming meetings, trainings and
 * activities stay upcoming.
 */

const day = 24 * 60 * 60 * 1000;

/** An instant `days` from `now` at `time` Stockholm winter time (the content only needs to be plausible). */
export const at = (now: Date, days: number, time: string) => {
  const date = new Date(now.getTime() + days * day).toISOString().slice(0, 10);
  return `${date}T${time}:00+01:00`;
};

/** An event's start and end on the day `days` from `now`, from `start` to `end` (as `at`). */
export const during = (now: Date, days: number, start: string, end: string) => ({
  startsAt: at(now, days, start),
  endsAt: at(now, days, end),
});
