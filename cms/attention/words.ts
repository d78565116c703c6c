import { text, type Counted, type Text } from '../i18n/labels.js';

/** The dashboard's "Att göra" words, in the admin's language (Swedish unless the editor chose English). */
export const words = {
  heading: text('Att göra', 'Needs attention'),
  drafts: text('Utkast som väntar på en redaktör', 'Drafts waiting for an editor'),
  scheduled: text('Schemalagda publiceringar', 'Scheduled publications'),
  failed: text('Publiceringar som misslyckats', 'Failed publications'),
  register: text('Föreningsregistret', 'Association register'),
  toModeration: text('Till modereringen', 'To moderation'),
  stale: text('Inaktuella uppgifter', 'Stale details'),
  staleHint: text(
    'Stödinsatser och organisationer som inte kontrollerats på',
    'Support resources and organisations not verified for',
  ),
  months: text('månader', 'months'),
  verified: text('kontrollerad', 'verified'),
  never: text('aldrig kontrollerad', 'never verified'),
  owner: text('ansvarig', 'owner'),
  noOwner: text('ingen ansvarig', 'no owner'),
  none: text('Inget just nu.', 'Nothing right now.'),
  open: text('Öppna', 'Open'),
  verifyNow: text('Kontrollerad nu', 'Verified now'),
  takeOwnership: text('Jag ansvarar', "I'm responsible"),
  retry: text('Försök igen', 'Retry'),
  retried: text('Köad igen', 'Queued again'),
  retrying: text('Värna försöker igen automatiskt.', 'Värna is retrying by itself.'),
  technical: text('Tekniska detaljer', 'Technical details'),
  noAnswer: text('Inget svar från servern; försök igen.', 'No answer from the server; try again.'),
  publish: text('publiceras', 'publishes'),
  unpublish: text('avpubliceras', 'unpublishes'),
  goesLive: text('det som publiceras är utkastet sparat', 'what goes live is the draft saved'),
  cancelled: text('Schemalagda publiceringar som avbrutits', 'Scheduled publications called off'),
  cancelledWhy: text('avbröts av ett nyare utkast, sparat', 'called off by a newer draft, saved'),
  wouldHave: text('skulle ha publicerats', 'would have published'),
  by: text('av', 'by'),
  unknownUser: text('okänd användare', 'unknown user'),
  saved: text('sparat', 'saved'),
  failedAt: text('misslyckades', 'failed'),
  attendance: text('Närvaro att registrera', 'Attendance to record'),
  attendanceHint: text(
    'utbildningar som börjat de senaste två veckorna',
    'trainings that started in the last two weeks',
  ),
  registered: text('anmälda', 'registered'),
  attended: text('närvarande', 'attended'),
} satisfies Record<string, Text>;

export const countedWords = {
  pending: {
    one: text('registrering väntar', 'registration waiting'),
    other: text('registreringar väntar', 'registrations waiting'),
  },
  submitted: {
    one: text('aktivitet väntar', 'activity waiting'),
    other: text('aktiviteter väntar', 'activities waiting'),
  },
} satisfies Record<string, Counted>;
