/**
 * The admin's own words in Swedish (the editors' language, the default) and English (selectable per
 * user). Payload's chrome comes translated from @payloadcms/translations; these are Värna's collections,
 * fields, options and messages, as Payload's localised labels (`{ sv, en }`).
 */
import { targetGroupNames } from '../../functions/domain/vocabulary.js';

export type Text = { sv: string; en: string };

export const text = (sv: string, en: string): Text => ({ sv, en });

/** A message in the language of the admin request (Swedish unless the editor chose English). */
export const inLanguage = (message: Text, language: string | undefined): string =>
  language === 'en' ? message.en : message.sv;

/** A noun phrase in its singular and plural forms (Swedish and English have those two). */
export type Counted = { one: Text; other: Text };

/** A count with its phrase in the admin's language and the form the count takes: "1 registrering", "2 registreringar". */
export const counted = (count: number, phrase: Counted, language: string | undefined): string => {
  const form =
    new Intl.PluralRules(language === 'en' ? 'en' : 'sv').select(count) === 'one' ? phrase.one : phrase.other;
  return `${count} ${inLanguage(form, language)}`;
};

/** Field labels by field name: the collections share most of their field names, and a name means one thing. */
export const fieldLabels: Record<string, Text> = {
  // A municipality (a tenant, issue 32) and what belongs to one.
  tenant: text('Kommun', 'Municipality'),
  tenants: text('Kommuner', 'Municipalities'),
  slug: text('Kortnamn (i API:ets nycklar)', "Short name (in the API's keys)"),
  default: text('Driftens standardkommun', "The deployment's default municipality"),
  origins: text('Webbplatsernas adresser', "The frontends' origins"),
  origin: text('Adress (https://www.kommun.se)', 'Origin (https://www.municipality.se)'),
  hiddenNational: text('Dolt nationellt innehåll', 'Hidden national content'),
  key: text('Nyckel (webbadress)', 'Key (slug)'),
  visibility: text('Synlighet', 'Visibility'),
  priority: text('Prioritet', 'Priority'),
  title: text('Rubrik', 'Title'),
  name: text('Namn', 'Name'),
  summary: text('Sammanfattning', 'Summary'),
  body: text('Brödtext', 'Body'),
  description: text('Beskrivning', 'Description'),
  audiences: text('Målgrupper', 'Audiences'),
  audience: text('Målgrupp', 'Audience'),
  preventionLevel: text('Preventionsnivå', 'Prevention level'),
  languages: text('Språk', 'Languages'),
  phone: text('Telefon', 'Phone'),
  email: text('E-post', 'E-mail'),
  url: text('Webbadress', 'Web address'),
  website: text('Webbplats', 'Website'),
  openingHours: text('Öppettider', 'Opening hours'),
  weekday: text('Veckodag', 'Weekday'),
  opens: text('Öppnar', 'Opens'),
  closes: text('Stänger', 'Closes'),
  openingHoursNote: text('Kommentar om öppettider', 'Note on opening hours'),
  districts: text('Kommundelar', 'Districts'),
  offeredTo: text('Erbjuds till', 'Offered to'),
  district: text('Kommundel', 'District'),
  provider: text('Utförare', 'Provider'),
  verifiedAt: text('Senast kontrollerad', 'Last verified'),
  kind: text('Typ', 'Kind'),
  interreligiousCouncilMember: text('Medlem i interreligiösa rådet', 'Member of the interreligious council'),
  contactPersons: text('Kontaktpersoner', 'Contact persons'),
  role: text('Roll', 'Role'),
  publicConsent: text('Har samtyckt till publicering på webbplatsen', 'Has consented to publication on the website'),
  startsAt: text('Börjar', 'Starts'),
  endsAt: text('Slutar', 'Ends'),
  meetingStatus: text('Mötesstatus', 'Meeting status'),
  location: text('Plats', 'Location'),
  address: text('Adress', 'Address'),
  agenda: text('Dagordning', 'Agenda'),
  minutes: text('Protokoll', 'Minutes'),
  minutesDocument: text('Justerat protokoll (PDF)', 'Signed minutes (PDF)'),
  minutesVisibility: text('Vem får läsa protokollet', 'Who may read the minutes'),
  participants: text('Deltagande organisationer', 'Participating organisations'),
  registrationUrl: text('Anmälningslänk', 'Registration link'),
  capacity: text('Antal platser', 'Capacity'),
  registrationOpen: text('Anmälan öppen', 'Registration open'),
  trainingTargets: text('Utbildningsmål', 'Training targets'),
  count: text('Antal', 'Count'),
  order: text('Ordning', 'Order'),
  urgentAdvice: text('Akuta råd', 'Urgent advice'),
  resources: text('Stödinsatser', 'Support resources'),
  alt: text('Beskrivning (alt-text)', 'Description (alt text)'),
  roles: text('Roller', 'Roles'),
  owner: text('Ansvarig redaktör', 'Owner'),
};

/** Option labels by value, for every value list the collections offer. */
export const optionLabels: Record<string, Text> = {
  PUBLIC: text('Offentlig (webbplats och intranät)', 'Public (website and intranet)'),
  INTERNAL: text('Intern (endast intranät)', 'Internal (intranet only)'),
  ASSOCIATION: text('Förening', 'Association'),
  FAITH_COMMUNITY: text('Trossamfund', 'Faith community'),
  NGO: text('Ideell organisation', 'Non-governmental organisation'),
  AUTHORITY: text('Myndighet', 'Authority'),
  MUNICIPAL_UNIT: text('Kommunal verksamhet', 'Municipal unit'),
  OTHER: text('Annan', 'Other'),
  RELATIVES: text('Anhöriga', 'Relatives'),
  PROFESSIONALS: text('Yrkesverksamma', 'Professionals'),
  YOUNG_PEOPLE: text('Unga', 'Young people'),
  GENERAL_PUBLIC: text('Allmänheten', 'General public'),
  GENERAL: text('Generell', 'General'),
  SPECIFIC: text('Riktad', 'Specific'),
  INDIVIDUAL: text('Individinriktad', 'Individual'),
  PLANNED: text('Planerat', 'Planned'),
  HELD: text('Genomfört', 'Held'),
  CANCELLED: text('Inställt', 'Cancelled'),
  FIRST_LINE_STAFF: text('Förstalinjepersonal', 'First-line staff'),
  SPECIALISTS: text('Specialister', 'Specialists'),
  MANAGERS: text('Chefer', 'Managers'),
  ALL_STAFF: text('All personal', 'All staff'),
  MONDAY: text('Måndag', 'Monday'),
  TUESDAY: text('Tisdag', 'Tuesday'),
  WEDNESDAY: text('Onsdag', 'Wednesday'),
  THURSDAY: text('Torsdag', 'Thursday'),
  FRIDAY: text('Fredag', 'Friday'),
  SATURDAY: text('Lördag', 'Saturday'),
  SUNDAY: text('Söndag', 'Sunday'),
  STAFF: text('Personal', 'Staff'),
  ...targetGroupNames,
  admin: text('Administratör', 'Administrator'),
  editor: text('Redaktör', 'Editor'),
  contributor: text('Skribent', 'Contributor'),
  coordinator: text('Samordnare (rapporter)', 'Coordinator (reports)'),
  'regional-admin': text('Regional administratör (alla kommuner)', 'Regional administrator (every municipality)'),
  municipality: text('Kommun', 'Municipality'),
  provider: text('Utbildningsanordnare', 'Training provider'),
  national: text('Nationellt innehåll (visas i alla kommuner)', 'National content (shown in every municipality)'),
};

/** The admin's navigation groups. */
export const groups = {
  support: text('Stöd', 'Support'),
  civilSociety: text('Civilsamhället', 'Civil society'),
  council: text('Interreligiösa rådet', 'Interreligious council'),
  competence: text('Kompetens', 'Competence'),
  website: text('Webbplats', 'Website'),
  reference: text('Register', 'Reference'),
  files: text('Filer', 'Files'),
  settings: text('Inställningar', 'Settings'),
};
