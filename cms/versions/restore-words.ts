import { fieldLabels, inLanguage, text, type Text } from '../i18n/labels.js';
import { stockholmTime } from '../stockholm-time.js';

/** What a restore takes from a version: the texts of one language (the default) or the whole version. */
export type RestoreScope = 'locale' | 'all';

export const isRestoreScope = (value: unknown): value is RestoreScope => value === 'locale' || value === 'all';

/** What restoring a version would change in the document's newest draft (cms/versions/restore-plan.ts). */
export interface RestorePlan {
  /** When the version was written (ISO). */
  writtenAt: string;
  /** The content locales whose texts differ between the version and the newest draft. */
  changedLocales: string[];
  /** The fields shared by all languages that differ between the version and the newest draft. */
  changedSharedFields: string[];
}

/** The content languages as a sentence names them. */
const localeNames: Record<string, Text> = {
  sv: text('svenska', 'Swedish'),
  en: text('engelska', 'English'),
  fi: text('finska', 'Finnish'),
  ar: text('arabiska', 'Arabic'),
  so: text('somaliska', 'Somali'),
};

export const localeName = (code: string, language: string | undefined) =>
  inLanguage(localeNames[code] ?? text(code, code), language);

const sentenceList = (items: string[], language: string | undefined) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'och'} ${items.at(-1)}`;

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** A version's time as the admin shows times: Swedish notation, Stockholm time. */
export const versionTime = (iso: string) => stockholmTime(iso, { dateStyle: 'short', timeStyle: 'short' });

/** The restore dialog's words, in the admin's language, for the chosen scope and the language being edited. */
export function restoreDialogWords(
  plan: RestorePlan,
  scope: RestoreScope,
  locale: string,
  language: string | undefined,
) {
  const say = (sv: string, en: string) => inLanguage(text(sv, en), language);
  const name = localeName(locale, language);
  const time = versionTime(plan.writtenAt);
  let changes: string;
  if (scope === 'locale') {
    changes = plan.changedLocales.includes(locale)
      ? say(
          `Språk som ändras: ${name}. Övriga språk och fälten som gäller alla språk behåller det nuvarande utkastets innehåll.`,
          `Languages that change: ${name}. The other languages and the fields shared by all languages keep the current draft's content.`,
        )
      : say(
          `Texten på ${name} är redan densamma som i versionen: inget språk ändras.`,
          `The ${name} text already matches the version: no language changes.`,
        );
  } else {
    const names = plan.changedLocales.map((code) => localeName(code, language));
    changes = names.length
      ? say(
          `Språk som ändras: ${sentenceList(names, language)}.`,
          `Languages that change: ${sentenceList(names, language)}.`,
        )
      : say('Inget språk ändras.', 'No language changes.');
    if (plan.changedSharedFields.length) {
      const fields = plan.changedSharedFields.map((field) =>
        fieldLabels[field] ? inLanguage(fieldLabels[field], language) : field,
      );
      changes +=
        ' ' +
        say(
          `Även fält som gäller alla språk ändras: ${fields.join(', ')}.`,
          `Fields shared by all languages change too: ${fields.join(', ')}.`,
        );
    }
  }
  return {
    heading: say('Återställ versionen', 'Restore the version'),
    written: say(`Versionen skrevs ${time} (svensk tid).`, `The version was written ${time} (Swedish time).`),
    scopeLegend: say('Vad ska återställas?', 'What should be restored?'),
    onlyLocale: say(`Bara ${name} (språket du redigerar)`, `Only ${name} (the language you are editing)`),
    allLocales: say('Alla språk', 'All languages'),
    changes,
    outcome: say(
      'Resultatet blir ett nytt utkast: det som är publicerat ändras inte förrän du publicerar.',
      'The result is a new draft: what is published does not change until you publish it.',
    ),
    button: say('Återställ den här versionen', 'Restore this version'),
    confirm: say('Återställ', 'Restore'),
    confirming: say('Återställer …', 'Restoring …'),
    cancel: say('Avbryt', 'Cancel'),
    failed: say('Versionen kunde inte återställas.', 'The version could not be restored.'),
  };
}

/** The answer to a restore, in the admin's language. */
export function restoredMessage(
  scope: RestoreScope,
  locale: string,
  writtenAt: string,
  language: string | undefined,
): string {
  const say = (sv: string, en: string) => inLanguage(text(sv, en), language);
  const time = versionTime(writtenAt);
  const review = say(
    'Granska utkastet och publicera det för att det ska synas på webbplatsen.',
    'Review the draft and publish it to make it live.',
  );
  if (scope === 'all')
    return `${say(`Alla språk från versionen ${time} är återställda som ett nytt utkast.`, `All languages of the version of ${time} are restored as a new draft.`)} ${review}`;
  const name = localeName(locale, language);
  return `${say(
    `${capitalised(name)} från versionen ${time} är återställd som ett nytt utkast; övriga språk är oförändrade.`,
    `${capitalised(name)} of the version of ${time} is restored as a new draft; the other languages are unchanged.`,
  )} ${review}`;
}
