import type { TrainingItem } from '../data/entities/training.js';
import { pick, type LocaleCode } from '../domain/locale.js';

/** What a staff member is told about their training registration. */
export type TrainingNoticeKind = 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | 'MOVED_UP' | 'REMINDER';

export interface TrainingNotice {
  subject: string;
  text: string;
}

/** The languages the training e-mail is written in: the person's choice of these, Swedish otherwise. */
type Language = 'sv' | 'en';
export const languageOf = (locale: LocaleCode | undefined): Language => (locale === 'en' ? 'en' : 'sv');

let stockholm: Intl.DateTimeFormat | undefined;

/**
 * Built on first use, not at import (as domain/opening-hours.ts's clock): a formatter with a time zone loads
 * ICU's zone data, which the GraphQL function's cold start would otherwise pay before any training mail is due.
 */
const stockholmOnce = () =>
  (stockholm ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/** An instant in Stockholm time as `yyyy-MM-dd HH:mm` (summer or winter time as it falls). */
export function stockholmTime(instant: string): string {
  const parts = Object.fromEntries(
    stockholmOnce()
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

interface Texts {
  subject: string;
  body: string;
}

const texts: Record<
  Language,
  { greeting: string; cancel: string; leave: string; sign: (municipality: string) => string } & Record<
    TrainingNoticeKind,
    (title: string, start: string, place?: number) => Texts
  >
> = {
  sv: {
    greeting: 'Hej,',
    cancel: 'Kan du inte komma? Avboka på intranätet under Utbildningar, så får någon annan platsen.',
    leave: 'Vill du inte stå kvar på väntelistan? Avboka på intranätet under Utbildningar.',
    sign: (municipality) => `${municipality} kommun, kompetensutveckling`,
    REGISTERED: (title, start) => ({
      subject: `Du är anmäld: ${title}`,
      body: `Du har fått en plats på utbildningen "${title}", som börjar ${start}.`,
    }),
    WAITLISTED: (title, start, place) => ({
      subject: `Du står på väntelistan: ${title}`,
      body: `Utbildningen "${title}", som börjar ${start}, är fullbokad. Du står på plats ${place ?? '?'} på väntelistan och får ett e-postmeddelande om du får en plats.`,
    }),
    CANCELLED: (title, start) => ({
      subject: `Avbokad: ${title}`,
      body: `Din anmälan till utbildningen "${title}", som börjar ${start}, är avbokad.`,
    }),
    MOVED_UP: (title, start) => ({
      subject: `Du har fått en plats: ${title}`,
      body: `En plats blev ledig och du har nu en plats på utbildningen "${title}", som börjar ${start}.`,
    }),
    REMINDER: (title, start) => ({
      subject: `Påminnelse: ${title} börjar ${start}`,
      body: `Påminnelse: utbildningen "${title}" börjar ${start}. Välkommen!`,
    }),
  },
  en: {
    greeting: 'Hello,',
    cancel: 'Cannot come? Cancel on the intranet under Trainings, so that someone else gets the seat.',
    leave: 'No longer want to wait? Cancel on the intranet under Trainings.',
    sign: (municipality) => `${municipality} municipality, staff training`,
    REGISTERED: (title, start) => ({
      subject: `You are registered: ${title}`,
      body: `You have a seat at the training "${title}", which starts ${start} (Stockholm time).`,
    }),
    WAITLISTED: (title, start, place) => ({
      subject: `You are on the waiting list: ${title}`,
      body: `The training "${title}", which starts ${start} (Stockholm time), is full. You are number ${place ?? '?'} on the waiting list and will get an e-mail if you get a seat.`,
    }),
    CANCELLED: (title, start) => ({
      subject: `Cancelled: ${title}`,
      body: `Your registration for the training "${title}", which starts ${start} (Stockholm time), is cancelled.`,
    }),
    MOVED_UP: (title, start) => ({
      subject: `You have a seat now: ${title}`,
      body: `A seat came free and you now have a seat at the training "${title}", which starts ${start} (Stockholm time).`,
    }),
    REMINDER: (title, start) => ({
      subject: `Reminder: ${title} starts ${start}`,
      body: `Reminder: the training "${title}" starts ${start} (Stockholm time). Welcome!`,
    }),
  },
};

/**
 * The e-mail of one event of a registration, in the person's language: the training's title (in that
 * language, Swedish when it has no translation) and its start in Stockholm time, and how to cancel.
 */
export function trainingNoticeOf(
  kind: TrainingNoticeKind,
  training: Pick<TrainingItem, 'title' | 'startsAt'>,
  locale: LocaleCode | undefined,
  options: { place?: number | undefined; municipalityName: string },
): TrainingNotice {
  const { place, municipalityName } = options;
  const language = languageOf(locale);
  const words = texts[language];
  const title = pick(training.title, language) ?? '';
  const { subject, body } = words[kind](title, stockholmTime(training.startsAt), place);
  // A cancelled registration has nothing left to cancel.
  const cancel = kind === 'CANCELLED' ? [] : ['', kind === 'WAITLISTED' ? words.leave : words.cancel];
  return { subject, text: [words.greeting, '', body, ...cancel, '', words.sign(municipalityName)].join('\n') };
}
