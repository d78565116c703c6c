import { text } from '../i18n/labels.js';

/** The preview endpoint's answers, in Swedish (the editors' language) and English. */
export const words = {
  signIn: text('Logga in i CMS:et för att förhandsgranska.', 'Sign in to the CMS to preview.'),
  forbidden: text('Du får inte läsa det här dokumentet.', 'You may not read this document.'),
  notFound: text('Dokumentet finns inte.', 'The document does not exist.'),
  badLocale: text('locale ska vara ett av språken: ', 'locale must be one of the languages: '),
  notConfigured: text(
    'Förhandsgranskning är inte konfigurerad i den här miljön (PreviewSecret saknas).',
    'Previews are not configured in this environment (PreviewSecret is missing).',
  ),
  notPublishable: text(
    'Utkastet kan inte förhandsgranskas förrän det uppfyller kraven för publicering: ',
    'The draft cannot be previewed until it meets the rules for publishing: ',
  ),
};
