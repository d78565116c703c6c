import { randomUUID } from 'node:crypto';
import type { ContentTypeDescription } from '../content-types/describe.js';
import { describedTypes } from '../content-types/described.js';
import type { Db } from '../data/db.js';

/** Changes are kept a month: long enough for a resend, short enough to be no history. */
const CHANGE_KEEP_SECONDS = 30 * 24 * 60 * 60;

/**
 * Who may hear of a change: `public` when the public website had or has what changed (a PUBLIC document,
 * an approved association, a published activity), `staff` otherwise. Endpoints of the public scope hear
 * only public changes: the keys and paths of internal documents never leave for the public site.
 */
export type ChangeAudience = 'public' | 'staff';

/** What a webhook tells a frontend: the kind of change, and which types, keys and pages to refresh. */
export interface ContentChange {
  eventType: 'content.published' | 'content.unpublished' | 'register.decision';
  types: string[];
  keys: string[];
  paths: string[];
  audience: ChangeAudience;
}

/**
 * The public website's pages that show a content type, by the type's name: its list and, with a key, its
 * own page. A frontend revalidates these (and may map types and keys to routes of its own). A described
 * type's are in its description.
 */
const pathsByType: Record<string, (key?: string) => string[]> = {
  supportResource: (key) => ['/stod', ...(key ? [`/stod/${key}`] : [])],
  organisation: () => ['/organisationer'],
  councilMeeting: () => ['/interreligiosa-radet'],
  training: () => ['/utbildningar'],
  district: () => ['/stod', '/foreningar', '/aktiviteter'],
  department: () => ['/utbildningar'],
  association: (key) => ['/foreningar', ...(key ? [`/foreningar/${key}`] : [])],
  activity: () => ['/aktiviteter'],
};

export const pathsOf = (
  type: string,
  key?: string,
  descriptions: readonly Pick<ContentTypeDescription, 'type' | 'webPaths'>[] = describedTypes,
) => (descriptions.find((description) => description.type === type)?.webPaths ?? pathsByType[type])?.(key) ?? [];

/** A publish or unpublish of one editorial document. */
export const documentChange = (
  action: 'publish' | 'unpublish',
  type: string,
  key: string,
  audience: ChangeAudience,
  descriptions?: readonly Pick<ContentTypeDescription, 'type' | 'webPaths'>[],
): ContentChange => ({
  eventType: action === 'publish' ? 'content.published' : 'content.unpublished',
  types: [type],
  keys: [key],
  paths: pathsOf(type, key, descriptions),
  audience,
});

/** Statuses in which the public sees an association or an activity. */
const publicStatuses = new Set(['APPROVED', 'PUBLISHED']);

/**
 * A decision concerns the public when what it is about was or becomes public: an approval, a suspension of
 * an approved association, a publication or cancellation of a published activity, an approved change. A
 * registration, a rejection, a submitted activity, a waiting or rejected change stay among staff.
 */
function decisionAudience(decision: {
  action: string;
  fromStatus?: string | undefined;
  toStatus: string;
}): ChangeAudience {
  if (decision.action === 'ASSOCIATION_CHANGE_APPROVED') return 'public';
  if (decision.action === 'ASSOCIATION_UPDATED' || decision.action === 'ASSOCIATION_CHANGE_REJECTED') return 'staff';
  return publicStatuses.has(decision.toStatus) || publicStatuses.has(decision.fromStatus ?? '') ? 'public' : 'staff';
}

/** A register decision: the association, and the activity when it is about one. */
export function decisionChange(decision: {
  associationId: string;
  activityId?: string | undefined;
  action: string;
  fromStatus?: string | undefined;
  toStatus: string;
}): ContentChange {
  const types = decision.activityId ? ['activity', 'association'] : ['association'];
  const keys = decision.activityId ? [decision.activityId, decision.associationId] : [decision.associationId];
  // A suspension or approval also withholds or restores the association's activities: the calendar changes too.
  return {
    eventType: 'register.decision',
    types,
    keys,
    paths: [...pathsOf('association', decision.associationId), ...pathsOf('activity')],
    audience: decisionAudience(decision),
  };
}

/** The change as the item the webhook sender is woken by. */
export const changeItem = (tenant: string, change: ContentChange, now: Date) => ({
  tenant,
  id: randomUUID(),
  ...change,
  occurredAt: now.toISOString(),
  expiresAt: Math.floor(now.getTime() / 1000) + CHANGE_KEEP_SECONDS,
});

// A change announced to the frontends (one PutItem)
export async function announceChange(db: Db, tenant: string, change: ContentChange, now = new Date()): Promise<void> {
  await db.entities.webhookChange.create(changeItem(tenant, change, now)).go({ response: 'none' });
}

// CMS sync: the announcement as a write in the transaction of the read-model change it announces
export const announcementWrite = (db: Db, tenant: string, change: ContentChange, now = new Date()) => ({
  Put: db.entities.webhookChange.create(changeItem(tenant, change, now)).params(),
});
