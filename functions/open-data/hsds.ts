import { DateTime } from 'luxon';
import { v5 as uuidv5 } from 'uuid';
import type { DistrictItem } from '../data/entities/district.js';
import type { OrganisationItem } from '../data/entities/organisation.js';
import type { SupportResourceItem } from '../data/entities/support-resource.js';
import { pick, type LocaleCode } from '../domain/locale.js';
import { plainText } from '../domain/plain-text.js';

/**
 * Public support resources and organisations as Open Referral HSDS 3.0 objects (service.json and
 * organization.json of the compiled schemas). HSDS identifies everything by UUID: Värna's slugs become
 * name-based UUIDs (v5) under one namespace, so the same resource keeps the same id in every export.
 * Only public copies are mapped, and an organisation's contact persons only with their consent.
 */
const VARNA_NAMESPACE = '1d7c667d-fd5a-4151-98bd-bd9b508b0809';
const idOf = (tenant: string, ...parts: string[]) => uuidv5([tenant, ...parts].join('/'), VARNA_NAMESPACE);

const byday = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
} as const;
const seconds = (hhmm: string) => (hhmm.length === 5 ? `${hhmm}:00` : hhmm);
/** ISO 639 names of the languages Värna's content uses, for HSDS's `name`. */
const languageNames: Record<string, string> = {
  sv: 'Swedish',
  en: 'English',
  fi: 'Finnish',
  ar: 'Arabic',
  so: 'Somali',
  fa: 'Persian',
  ku: 'Kurdish',
  ti: 'Tigrinya',
  tr: 'Turkish',
};

/** Drops absent values: HSDS fields are typed, and `null` is no string. */
const defined = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null)) as T;

export function hsdsOrganization(tenant: string, organisation: OrganisationItem, locale: LocaleCode) {
  const id = idOf(tenant, 'organisation', organisation.key);
  return defined({
    id,
    name: organisation.name,
    description: pick(organisation.description, locale) ?? '',
    email: organisation.email,
    website: organisation.website,
    phones: organisation.phone
      ? [
          {
            id: idOf(tenant, 'organisation', organisation.key, 'phone'),
            organization_id: id,
            number: organisation.phone,
          },
        ]
      : [],
    // The public copy holds consenting persons only; the check stays here too, so no other copy can leak them.
    contacts: (organisation.contactPersons ?? [])
      .filter((person) => person.publicConsent)
      .map((person, index) => {
        const contactId = idOf(tenant, 'organisation', organisation.key, 'contact', String(index), person.name);
        return defined({
          id: contactId,
          organization_id: id,
          name: person.name,
          title: person.role,
          email: person.email,
          phones: person.phone
            ? [{ id: idOf(tenant, 'contact', contactId, 'phone'), contact_id: contactId, number: person.phone }]
            : [],
        });
      }),
  });
}

/** Stockholm's UTC offset in hours at `now`: HSDS's `timezone` is a number, so it holds the offset of the time of the answer. */
export const stockholmOffsetHours = (now: Date) => DateTime.fromJSDate(now, { zone: 'Europe/Stockholm' }).offset / 60;

/** The schedules' note: the zone the times are in, and what the number in `timezone` is, in the answer's language. */
function scheduleNote(locale: LocaleCode, offset: number): string {
  const summer = offset === 2;
  return locale === 'sv'
    ? `Tiderna är lokal tid i Sverige (Europe/Stockholm). timezone anger förskjutningen från UTC när svaret skapades (${summer ? 'sommartid, +2' : 'normaltid, +1'}); den ändras vid sommar- och normaltid.`
    : `Times are local time in Sweden (Europe/Stockholm). timezone gives the offset from UTC when this answer was made (${summer ? 'summer time, +2' : 'standard time, +1'}); it changes with daylight saving time.`;
}

export function hsdsService(
  municipality: { slug: string; name: string },
  resource: SupportResourceItem,
  locale: LocaleCode,
  related: { organisations: Map<string, OrganisationItem>; districts: Map<string, DistrictItem> },
  now: Date,
) {
  const tenant = municipality.slug;
  const offset = stockholmOffsetHours(now);
  const id = idOf(tenant, 'supportResource', resource.key);
  const provider = resource.provider ? related.organisations.get(resource.provider) : undefined;
  const description = [pick(resource.summary, locale), plainText(pick(resource.body, locale) ?? '')]
    .filter(Boolean)
    .join('\n\n');
  return defined({
    id,
    organization_id: provider ? idOf(tenant, 'organisation', provider.key) : undefined,
    name: pick(resource.title, locale) ?? resource.key,
    description,
    url: resource.url,
    email: resource.email,
    status: 'active',
    last_modified: resource.updatedAt,
    phones: resource.phone
      ? [{ id: idOf(tenant, 'supportResource', resource.key, 'phone'), service_id: id, number: resource.phone }]
      : [],
    // One weekly RRULE per opening interval, in Stockholm time: HSDS reads times without `timezone` as UTC.
    schedules: resource.openingHours.map((interval, index) =>
      defined({
        id: idOf(tenant, 'supportResource', resource.key, 'schedule', String(index)),
        service_id: id,
        freq: 'WEEKLY',
        wkst: 'MO',
        interval: 1,
        byday: byday[interval.weekday as keyof typeof byday],
        opens_at: seconds(interval.opens),
        closes_at: seconds(interval.closes),
        description: pick(resource.openingHoursNote, locale) ?? undefined,
        timezone: offset,
        notes: scheduleNote(locale, offset),
      }),
    ),
    service_areas: (resource.districts?.length ? resource.districts : [null]).map((slug) => {
      const district = slug ? related.districts.get(slug) : undefined;
      return defined({
        // The whole municipality where the resource names no district (the id of Botkyrka's as it always was).
        id: idOf(tenant, 'supportResource', resource.key, 'area', slug ?? tenant),
        service_id: id,
        // A name only: no extent (HSDS's extent_type names the format of an extent, so it is left out too).
        name: district ? (pick(district.name, locale) ?? slug) : `${municipality.name} kommun`,
      });
    }),
    languages: resource.languages.map((code) =>
      defined({
        id: idOf(tenant, 'supportResource', resource.key, 'language', code),
        service_id: id,
        code,
        name: languageNames[code],
      }),
    ),
    organization: provider ? hsdsOrganization(tenant, provider, locale) : undefined,
    contacts: [],
  });
}
