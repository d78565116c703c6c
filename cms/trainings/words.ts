import { text } from '../i18n/labels.js';

/** The Deltagare tab's words, in the admin's language (Swedish unless the user chose English). */
export const words = {
  tab: text('Deltagare', 'Participants'),
  heading: text('Deltagare', 'Participants'),
  onlyCoordinators: text(
    'Deltagarna är för samordnare, redaktörer och administratörer.',
    'Participants are for coordinators, editors and admins.',
  ),
  notPublished: text(
    'Utbildningen är inte publicerad: ingen kan anmäla sig till den ännu.',
    'The training is not published: nobody can register for it yet.',
  ),
  external: text(
    'Anmälan till den här utbildningen sker via en egen länk, inte i Värna:',
    'Registration for this training is through its own link, not in Värna:',
  ),
  starts: text('Börjar', 'Starts'),
  seats: text('Platser', 'Seats'),
  unlimited: text('obegränsat', 'no limit'),
  registeredCount: text('Anmälda', 'Registered'),
  waitingCount: text('På väntelistan', 'On the waiting list'),
  attendedCount: text('Närvarande', 'Attended'),
  roll: text('Anmälda', 'Registered'),
  waitlist: text('Väntelista', 'Waiting list'),
  name: text('Namn', 'Name'),
  email: text('E-post', 'E-mail'),
  department: text('Förvaltning', 'Department'),
  registeredAt: text('Anmäld', 'Registered at'),
  position: text('Plats', 'Place'),
  attended: text('Närvarande', 'Attended'),
  attendanceLater: text(
    'Närvaron kan registreras när utbildningen har börjat.',
    'Attendance can be recorded once the training has started.',
  ),
  nobodyRegistered: text('Ingen har anmält sig ännu.', 'Nobody has registered yet.'),
  nobodyWaiting: text('Ingen väntar.', 'Nobody is waiting.'),
  anonymised: text('(anonymiserad)', '(anonymised)'),
  download: text('Ladda ned deltagarlistan (CSV)', 'Download the participant list (CSV)'),
  attendedOf: text('närvarande', 'attended'),
  saving: text('Sparar…', 'Saving…'),
  savedPresent: text('Sparat: närvarande', 'Saved: attended'),
  savedAbsent: text('Sparat: inte närvarande', 'Saved: not attended'),
  attendanceOf: text('Närvaro för', 'Attendance of'),
  status: text('Status', 'Status'),
  yes: text('ja', 'yes'),
  no: text('nej', 'no'),
  registered: text('anmäld', 'registered'),
  waiting: text('väntelista', 'waiting list'),
  // Endpoint answers
  sendJson: text('Skicka närvaron som application/json.', 'Send the attendance as application/json.'),
  badInput: text(
    'Skicka {registrationId, attended}: attended är true eller false.',
    'Send {registrationId, attended}: attended is true or false.',
  ),
  noTraining: text('Det finns ingen sådan utbildning.', 'There is no such training.'),
  noRegistration: text(
    'Den här anmälan finns inte för utbildningen.',
    'This registration does not exist for this training.',
  ),
  notStarted: text(
    'Utbildningen har inte börjat: närvaron registreras när den har börjat.',
    'The training has not started: attendance is recorded once it has.',
  ),
  notRegistered: text(
    'Närvaro registreras bara för den som har en plats (inte väntelistan eller en avbokning).',
    'Attendance is recorded only for people with a seat (not the waiting list or a cancellation).',
  ),
  changed: text(
    'Anmälan ändrades under tiden. Ladda om sidan och försök igen.',
    'The registration changed meanwhile. Reload the page and try again.',
  ),
  notAllowed: text(
    'Bara samordnare, redaktörer och administratörer registrerar närvaro.',
    'Only coordinators, editors and admins record attendance.',
  ),
  signIn: text('Logga in i CMS:et.', 'Sign in to the CMS.'),
  failed: text('Närvaron kunde inte sparas. Försök igen.', 'The attendance could not be saved. Try again.'),
};

/**
 * The tab's name as a translation of the admin (Payload names a document tab through its `t`, which knows the
 * user's language): registered under `i18n.translations` in payload.config.ts.
 */
export const participantsTabKey = 'varna:participantsTab';
export const participantsTranslations = {
  sv: { varna: { participantsTab: words.tab.sv } },
  en: { varna: { participantsTab: words.tab.en } },
};
