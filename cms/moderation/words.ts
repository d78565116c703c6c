import type { RegisterDecisionItem } from '../../functions/data/entities/register-decision.js';
import { optionLabels, text, type Text } from '../i18n/labels.js';

/** The Moderation view's words, in the admin's language (Swedish unless the editor chose English). */
export const words = {
  heading: text('Moderering av föreningsregistret', 'Moderation of the association register'),
  onlyModerators: text(
    'Endast redaktörer och administratörer modererar föreningsregistret.',
    'Only editors and admins moderate the association register.',
  ),
  pending: text('Föreningar som väntar', 'Pending associations'),
  noPending: text('Ingen registrering väntar.', 'No registration is waiting.'),
  changes: text('Ändringar av godkända föreningar', 'Changes of approved associations'),
  noChanges: text('Ingen ändring väntar.', 'No change is waiting.'),
  activities: text('Inskickade aktiviteter', 'Submitted activities'),
  noActivities: text('Ingen aktivitet väntar.', 'No activity is waiting.'),
  publicNow: text('Visas nu', 'Public now'),
  proposed: text('Föreslaget', 'Proposed'),
  changedField: text('ändrat', 'changed'),
  version: text('version', 'version'),
  contact: text('Kontakt', 'Contact'),
  registered: text('registrerad', 'registered'),
  changed: text('ändrad', 'changed'),
  unknownAssociation: text('okänd förening', 'unknown association'),
  empty: text('(tomt)', '(empty)'),
  decided: text('Beslutat nu', 'Decided just now'),
  history: text('Historik', 'History'),
  noHistory: text('Ingen historik.', 'No history.'),
  name: text('Namn', 'Name'),
  description: text('Beskrivning', 'Description'),
  website: text('Webbplats', 'Website'),
  email: text('E-post', 'E-mail'),
  districts: text('Kommundelar', 'Districts'),
  district: text('Kommundel', 'District'),
  time: text('Tid', 'Time'),
  place: text('Plats', 'Place'),
  targetGroups: text('Målgrupper', 'Target groups'),
  languages: text('Språk', 'Languages'),
  registration: text('Anmälan', 'Registration'),
  by: text('av', 'by'),
  reason: text('skäl', 'reason'),
  // The association list: every association, found again after a decision.
  findHeading: text('Hitta en förening', 'Find an association'),
  searchLabel: text('Namn eller organisationsnummer', 'Name or organisation number'),
  searchHint: text(
    'Alla föreningar oavsett status. Sök tomt för att lista alla.',
    'Every association whatever its status. Search with nothing typed to list them all.',
  ),
  searchButton: text('Sök', 'Search'),
  clearSearch: text('Rensa sökningen', 'Clear the search'),
  results: text('Sökresultat', 'Search results'),
  noMatch: text('Ingen förening matchar sökningen.', 'No association matches the search.'),
  organisationNumber: text('Organisationsnummer', 'Organisation number'),
  status: text('Status', 'Status'),
  backToModeration: text('Till modereringen', 'Back to moderation'),
  noSuchAssociation: text('Det finns ingen förening med det id:t.', 'There is no association with that id.'),
  registeredAt: text('Registrerad', 'Registered'),
  approvedAt: text('Godkänd första gången', 'First approved'),
  latestReason: text('Senaste skäl från moderator', "A moderator's latest reason"),
  changeWaits: text('En ändring väntar på granskning', 'A change is waiting for review'),
} satisfies Record<string, Text>;

/** "1 förening" / "12 föreningar" (and how many of them are shown when the list is cut). */
export const associationCount = (shown: number, total: number, language: string | undefined) => {
  const count = (n: number) =>
    language === 'en'
      ? `${n} ${n === 1 ? 'association' : 'associations'}`
      : `${n} ${n === 1 ? 'förening' : 'föreningar'}`;
  if (shown === total) return count(total);
  return language === 'en'
    ? `${count(total)}, the first ${shown} shown: type more of the name or number to narrow it.`
    : `${count(total)}, de första ${shown} visas: skriv mer av namnet eller numret för att se färre.`;
};

/** What was done, as a moderator reads it in a history. */
export const actionWords: Record<RegisterDecisionItem['action'], Text> = {
  ASSOCIATION_REGISTERED: text('Registrerade sig', 'Registered'),
  ASSOCIATION_UPDATED: text('Ändrade sina uppgifter', 'Changed its details'),
  ASSOCIATION_APPROVED: text('Godkändes', 'Approved'),
  ASSOCIATION_REJECTED: text('Avslogs', 'Rejected'),
  ASSOCIATION_SUSPENDED: text('Stängdes av', 'Suspended'),
  ASSOCIATION_CHANGE_APPROVED: text('Ändringen godkändes', 'Change approved'),
  ASSOCIATION_CHANGE_REJECTED: text('Ändringen avslogs', 'Change rejected'),
  ACTIVITY_SUBMITTED: text('Skickade in aktiviteten', 'Submitted the activity'),
  ACTIVITY_PUBLISHED: text('Aktiviteten publicerades', 'Activity published'),
  ACTIVITY_REJECTED: text('Aktiviteten avslogs', 'Activity rejected'),
  ACTIVITY_CANCELLED: text('Ställde in aktiviteten', 'Cancelled the activity'),
};

/** An association's or an activity's status as a history says it ("väntar på granskning → godkänd"). */
export const statusWords: Record<string, Text> = {
  PENDING: text('väntar på granskning', 'awaiting review'),
  APPROVED: text('godkänd', 'approved'),
  REJECTED: text('avslagen', 'rejected'),
  SUSPENDED: text('avstängd', 'suspended'),
  SUBMITTED: text('inskickad', 'submitted'),
  PUBLISHED: text('publicerad', 'published'),
  CANCELLED: text('inställd', 'cancelled'),
};

/** Who did it, as a history says it: the moderator by their CMS account, the association by its account. */
export const actorWords = {
  MODERATOR: text('moderatorn', 'the moderator'),
  ASSOCIATION: text('föreningen, konto', "the association's account"),
  redacted: text('(borttaget)', '(removed)'),
} satisfies Record<string, Text>;

/** A target group or status in words. */
export const valueWord = (value: string, language: string | undefined) => {
  const label = optionLabels[value];
  return label ? (language === 'en' ? label.en : label.sv) : value;
};
