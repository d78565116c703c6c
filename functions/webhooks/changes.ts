import { randomUUID } from 'node:crypto';
import type { Db } from '../data/db.js';

/** Changes are kept a month: long enough for a resend, short enough to be no history. */
const CHANGE_KEEP_SECONDS = 30 * 24 * 60 * 60;

/** What a webhook tells a frontend: the kind of change, and which types, keys and pages to refresh. */
export interface ContentChange {
  eventType: 'content.published' | 'content.unpublished' | 'register.decision';
  types: string[];
  keys: string[];
  paths: string[];
}

/**
 * The public website's pages that show a content type, by the type's name: its list and, with a key, its
 * own page. A frontend revalidates these (and may map types and keys to routes of its own).
 */
const pathsByType: Record<string, (key?: string) => string[]> = {
  supportResource: (key) => ['/stod', ...(key ? [`/stod/${key}`] : [])],
  situation: (key) => ['/vart-kan-jag-vanda-mig', ...(key ? [`/vart-kan-jag-vanda-mig/${key}`] : [])],
  page: (key) => (key ? [`/${key}`] : []),
  organisation: () => ['/organisationer'],
  councilMeeting: () => ['/interreligiosa-radet'],
  training: () => ['/utbildningar'],
  district: () => ['/stod', '/foreningar', '/aktiviteter'],
  department: () => ['/utbildningar'],
  association: (key) => ['/foreningar', ...(key ? [`/foreningar/${key}`] : [])],
  activity: () => ['/aktiviteter'],
};

export const pathsOf = (type: string, key?: string) => pathsByType[type]?.(key) ?? [];

/** A publish or unpublish of one editorial document. */
export const documentChange = (action: 'publish' | 'unpublish', type: string, key: string): ContentChange => ({
  eventType: action === 'publish' ? 'content.published' : 'content.unpublished',
  types: [type],
  keys: [key],
  paths: pathsOf(type, key),
});

/** A register decision: the association, and the activity when it is about one. */
export function decisionChange(decision: { associationId: string; activityId?: string | undefined }): ContentChange {
  const types = decision.activityId ? ['activity', 'association'] : ['association'];
  const keys = decision.activityId ? [decision.activityId, decision.associationId] : [decision.associationId];
  // A suspension or approval also withholds or restores the association's activities: the calendar changes too.
  return { eventType: 'register.decision', types, keys, paths: [...pathsOf('association', decision.associationId), ...pathsOf('activity')] };
}

/** The change as the item the webhook sender is woken by. */
export const changeItem = (tenant: string, change: ContentChange, now: Date) => ({
  tenant,
  id: randomUUID(),
  ...change,
  occurredAt: now.toISOString(),
  expiresAt: Math.floor(now.getTime() / 1000) + CHANGE_KEEP_SECONDS,
});

// CMS sync: a change the read model took, announced to the frontends (one PutItem)
export async function announceChange(db: Db, tenant: string, change: ContentChange, now = new Date()): Promise<void> {
  await db.entities.webhookChange.create(changeItem(tenant, change, now)).go({ response: 'none' });
}
