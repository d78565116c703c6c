import type { RegisterDecisionItem } from '../data/entities/register-decision.js';

/** What an association is told about a moderator's decision: a subject and a text, in Swedish with English below. */
export interface Notice {
  subject: string;
  text: string;
}

type Told = Extract<
  RegisterDecisionItem['action'],
  | 'ASSOCIATION_APPROVED'
  | 'ASSOCIATION_REJECTED'
  | 'ASSOCIATION_SUSPENDED'
  | 'ASSOCIATION_CHANGE_APPROVED'
  | 'ASSOCIATION_CHANGE_REJECTED'
  | 'ACTIVITY_PUBLISHED'
  | 'ACTIVITY_REJECTED'
>;

/** Each notice's words, given what it is about and the municipality whose register it is. */
const what: Record<
  Told,
  { sv: (name: string, municipality: string) => string; en: (name: string, municipality: string) => string }
> = {
  ASSOCIATION_APPROVED: {
    sv: (name, municipality) =>
      `Föreningen ${name} är godkänd och finns nu i ${municipality} kommuns föreningsregister. Ni kan nu anmäla aktiviteter.`,
    en: (name, municipality) =>
      `The association ${name} is approved and now listed in ${municipality} municipality's association register. You may now submit activities.`,
  },
  ASSOCIATION_REJECTED: {
    sv: (name) => `Registreringen av föreningen ${name} har avslagits.`,
    en: (name) => `The registration of the association ${name} has been rejected.`,
  },
  ASSOCIATION_SUSPENDED: {
    sv: (name) =>
      `Föreningen ${name} är tills vidare avstängd från föreningsregistret. Era aktiviteter visas inte i kalendern under tiden.`,
    en: (name) =>
      `The association ${name} is suspended from the association register until further notice. Your activities are not shown in the calendar meanwhile.`,
  },
  ASSOCIATION_CHANGE_APPROVED: {
    sv: (name) => `Ändringen av föreningen ${name} är godkänd och visas nu publikt.`,
    en: (name) => `The change of the association ${name} is approved and now public.`,
  },
  ASSOCIATION_CHANGE_REJECTED: {
    sv: (name) => `Ändringen av föreningen ${name} har avslagits; det som visas publikt är oförändrat.`,
    en: (name) => `The change of the association ${name} has been rejected; what the public sees is unchanged.`,
  },
  ACTIVITY_PUBLISHED: {
    sv: (title) => `Aktiviteten "${title}" är publicerad i kommunens aktivitetskalender.`,
    en: (title) => `The activity "${title}" is published in the municipality's activity calendar.`,
  },
  ACTIVITY_REJECTED: {
    sv: (title) => `Aktiviteten "${title}" har avslagits och publiceras inte.`,
    en: (title) => `The activity "${title}" has been rejected and will not be published.`,
  },
};

const isTold = (action: RegisterDecisionItem['action']): action is Told => action in what;

/** The notice of a decision to the association's contact person, or null for what the association did itself. */
export function noticeOf(
  decision: Pick<RegisterDecisionItem, 'action' | 'reason' | 'activityTitle'>,
  associationName: string,
  contactName: string,
  municipalityName: string,
): Notice | null {
  if (!isTold(decision.action)) return null;
  const subjectOf = decision.activityTitle ?? associationName;
  const message = what[decision.action];
  const reason = decision.reason
    ? { sv: `\n\nSkäl: ${decision.reason}`, en: `\n\nReason: ${decision.reason}` }
    : { sv: '', en: '' };
  return {
    subject: `${municipalityName} kommun: beslut om ${subjectOf} / Decision about ${subjectOf}`,
    text: [
      `Hej ${contactName},`,
      '',
      `${message.sv(subjectOf, municipalityName)}${reason.sv}`,
      '',
      'Frågor? Svara på det här meddelandet.',
      '',
      '— In English —',
      '',
      `${message.en(subjectOf, municipalityName)}${reason.en}`,
      '',
      `${municipalityName} kommun, föreningsregistret`,
    ].join('\n'),
  };
}
