/**
 * The closed value lists of the editorial content (the schema's enums): the read model validates against
 * them and the CMS offers them, so that both always agree.
 */
export const organisationKinds = [
  'ASSOCIATION',
  'FAITH_COMMUNITY',
  'NGO',
  'AUTHORITY',
  'MUNICIPAL_UNIT',
  'OTHER',
] as const;
export const audiences = ['RELATIVES', 'PROFESSIONALS', 'YOUNG_PEOPLE', 'GENERAL_PUBLIC'] as const;
export const preventionLevels = ['GENERAL', 'SPECIFIC', 'INDIVIDUAL'] as const;
export const meetingStatuses = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export const trainingAudiences = ['FIRST_LINE_STAFF', 'SPECIALISTS', 'MANAGERS', 'ALL_STAFF'] as const;
export type Audience = (typeof audiences)[number];

/** Who an association's activity is for (the register's own list, as the schema's TargetGroup). */
export const targetGroups = ['CHILDREN', 'YOUTH', 'YOUNG_ADULTS', 'ADULTS', 'PARENTS', 'SENIORS', 'EVERYONE'] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** Target groups in words, Swedish and English: the admin's options and the calendars' categories. */
export const targetGroupNames: Record<TargetGroup, { sv: string; en: string }> = {
  CHILDREN: { sv: 'Barn', en: 'Children' },
  YOUTH: { sv: 'Ungdomar', en: 'Youth' },
  YOUNG_ADULTS: { sv: 'Unga vuxna', en: 'Young adults' },
  ADULTS: { sv: 'Vuxna', en: 'Adults' },
  PARENTS: { sv: 'Föräldrar', en: 'Parents' },
  SENIORS: { sv: 'Äldre', en: 'Seniors' },
  EVERYONE: { sv: 'Alla', en: 'Everyone' },
};
