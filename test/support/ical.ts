import ICAL from 'ical.js';

/** An event as a calendar app built on ical.js reads it. */
export interface FeedEvent {
  uid: string;
  summary: string | null;
  /** Unescaped: an agenda's items are separate lines. */
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  sequence: number;
  /** Every CATEGORIES value, in order. */
  categories: string[];
  /** The instants, converted by the feed's own VTIMEZONE. */
  start: Date;
  end: Date | null;
  /** The zone DTSTART is written in, and its wall-clock time there ("HH:MM"). */
  zone: string;
  wallClock: string;
}

export interface Feed {
  /** The calendar's own properties (X-WR-CALNAME, PRODID, …), by lower-case name. */
  properties: Record<string, string>;
  /** The TZIDs of the feed's VTIMEZONE components. */
  timezones: string[];
  events: Map<string, FeedEvent>;
}

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
};

/**
 * A feed as ical.js parses it (ICAL.parse, ICAL.Component, ICAL.Event). Times with a TZID are resolved by
 * the feed's own VTIMEZONE, which ical.js looks up in the parsed calendar: nothing is registered with
 * ICAL.TimezoneService, so a feed without the VTIMEZONE it names fails here rather than being read as floating time.
 */
export function parseFeed(ics: string): Feed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  if (calendar.name !== 'vcalendar') throw new Error(`Not a VCALENDAR but ${calendar.name}`);
  const timezones = calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid')));
  const properties = Object.fromEntries(
    calendar.getAllProperties().map((property) => [property.name, String(property.getFirstValue())]),
  );
  const events = new Map<string, FeedEvent>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const named = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    const zone = start.zone?.tzid ?? 'floating';
    if (named ? named !== zone || !timezones.includes(named) : zone !== 'UTC')
      throw new Error(`${event.uid}: DTSTART in ${named ?? zone}, which the feed has no VTIMEZONE for`);
    if (events.has(event.uid)) throw new Error(`${event.uid} is in the feed twice`);
    events.set(event.uid, {
      uid: event.uid,
      summary: text(vevent, 'summary'),
      description: text(vevent, 'description'),
      location: text(vevent, 'location'),
      url: text(vevent, 'url'),
      status: text(vevent, 'status'),
      sequence: event.sequence,
      categories: vevent.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      start: start.toJSDate(),
      end: vevent.hasProperty('dtend') ? event.endDate.toJSDate() : null,
      zone,
      wallClock: `${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`,
    });
  }
  return { properties, timezones, events };
}

/** The feed's events by UID. */
export const eventsOf = (ics: string) => parseFeed(ics).events;
