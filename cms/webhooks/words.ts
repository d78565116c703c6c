import { text } from '../i18n/labels.js';

/** The Webhooks view's words, in the admin's language (Swedish unless the user chose English). */
export const words = {
  heading: text('Webhooks till webbplatserna', 'Webhooks to the websites'),
  navLink: text('Webhooks', 'Webhooks'),
  intro: text(
    'Varje publicering, avpublicering och beslut i föreningsregistret meddelas webbplatsen och intranätet, som då uppdaterar sina sidor. Misslyckade försök görs om med allt längre pauser.',
    'Every publish, unpublish and register decision is sent to the website and the intranet, which then refresh their pages. Failed attempts are retried with growing pauses.',
  ),
  onlyAdmins: text('Webhooks är för administratörer.', 'Webhooks are for admins.'),
  FAILED: text('Misslyckade', 'Failed'),
  PENDING: text('Väntar på nytt försök', 'Waiting for a retry'),
  SENDING: text('Skickas nu', 'Being sent'),
  SENT: text('Levererade (senaste 50)', 'Delivered (latest 50)'),
  none: text('Inga.', 'None.'),
  endpoint: text('Mottagare', 'Receiver'),
  event: text('Händelse', 'Event'),
  pages: text('Sidor', 'Pages'),
  attempts: text('Försök', 'Attempts'),
  lastError: text('Senaste fel', 'Last error'),
  created: text('Skapad', 'Created'),
  next: text('Nästa försök', 'Next attempt'),
  sent: text('Levererad', 'Delivered'),
};
