import type { TrainingReadContext } from './context.js';
import { requireCoordinator } from '../auth/policies.js';
import type { ActivityItem } from '../data/entities/activity.js';
import type { DistrictItem } from '../data/entities/district.js';
import type { SupportResourceItem } from '../data/entities/support-resource.js';
import { preventionLevels, targetGroups } from '../domain/vocabulary.js';
import { attendanceIn } from './coverage.js';
import { inWindow, reportWindow, type ReportWindow } from './validation.js';

/** Support resources whose details were verified longer ago than this (or never) are stale, as in the CMS's dashboard. */
export const STALE_AFTER_MONTHS = 12;

/** The prevention report before localisation: counts, and the items it names. */
export interface PreventionReportModel {
  from: string;
  to: string;
  trainingsHeld: number;
  participantsTrained: number;
  councilMeetingsHeld: number;
  activitiesPublished: number;
  activitiesByDistrict: { district: DistrictItem; count: number }[];
  /**
   * Trainings held per district where they were held (the training's own district: its participants'
   * departments serve the whole municipality, so they say nothing of place). `district: null` counts those
   * that name none (or a district since removed), so that the rows add up to `trainingsHeld`.
   */
  trainingsByDistrict: { district: DistrictItem | null; count: number }[];
  activitiesByTargetGroup: { targetGroup: (typeof targetGroups)[number]; count: number }[];
  supportResourcesByPreventionLevel: { preventionLevel: (typeof preventionLevels)[number]; count: number }[];
  associationsApproved: number;
  staleSupportResources: SupportResourceItem[];
}

const countBy = <T>(items: T[], keysOf: (item: T) => readonly string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

// report: published activities that started in the window (the calendar partition, one ranged Query, all pages)
async function activitiesPublishedIn(
  context: TrainingReadContext,
  window: ReportWindow,
): Promise<Pick<ActivityItem, 'startsAt' | 'district' | 'targetGroups'>[]> {
  const { data } = await context.db.entities.activity.query
    .byStatus({ tenant: context.tenant, listing: 'PUBLISHED' })
    .between({ startsAt: window.from }, { startsAt: window.to })
    .go({ pages: 'all', attributes: ['startsAt', 'district', 'targetGroups'] });
  return data.filter((activity) => activity.startsAt < window.to);
}

// report: council meetings held that started in the window (staff copies, one ranged Query)
async function councilMeetingsHeldIn(context: TrainingReadContext, window: ReportWindow): Promise<number> {
  const { data } = await context.db.entities.councilMeeting.query
    .list({ tenant: context.tenant, scope: 'staff' })
    .between({ listOrder: window.from }, { listOrder: window.to })
    .go({ pages: 'all', attributes: ['startsAt', 'meetingStatus'] });
  return data.filter((meeting) => meeting.meetingStatus === 'HELD' && inWindow(window, meeting.startsAt)).length;
}

// report: associations first approved in the window (the APPROVED partition, all pages)
async function associationsApprovedIn(context: TrainingReadContext, window: ReportWindow): Promise<number> {
  const { data } = await context.db.entities.association.query
    .byStatus({ tenant: context.tenant, status: 'APPROVED' })
    .go({ pages: 'all', attributes: ['approvedAt'] });
  return data.filter((association) => inWindow(window, association.approvedAt)).length;
}

/**
 * What the safety coordinator reports to the crime-prevention council (BRÅ) for [from, to). Each source is
 * read with one Query per 1 MB page (or one BatchGetItem per 100 trainings' rolls), all at once.
 */
export async function preventionReport(
  context: TrainingReadContext,
  from: string,
  to: string,
): Promise<PreventionReportModel> {
  requireCoordinator(context.viewer);
  const window = reportWindow(from, to);
  const { tenant } = context;
  const [attendance, councilMeetingsHeld, activities, districts, resources, associationsApproved] = await Promise.all([
    attendanceIn(context, window),
    councilMeetingsHeldIn(context, window),
    activitiesPublishedIn(context, window),
    context.db.entities.district.query.list({ tenant }).go({ pages: 'all' }),
    context.db.entities.supportResource.query.list({ tenant, scope: 'staff' }).go({ pages: 'all' }),
    associationsApprovedIn(context, window),
  ]);
  const byDistrict = countBy(activities, (activity) => (activity.district ? [activity.district] : []));
  const known = new Set(districts.data.map((district) => district.key));
  const trainingsBy = countBy(attendance.trainings, (training) => [
    training.district && known.has(training.district) ? training.district : '',
  ]);
  const trainingsWithoutDistrict = trainingsBy.get('') ?? 0;
  const byTargetGroup = countBy(activities, (activity) => activity.targetGroups ?? []);
  // The municipality's own resources: national copies (read-model/national.ts) are maintained, and re-verified, by
  // the national tenant's editors, not by this municipality's.
  const own = resources.data.filter((resource) => resource.national !== true);
  const byLevel = countBy(own, (resource) => (resource.preventionLevel ? [resource.preventionLevel] : []));
  const staleBefore = new Date(context.now);
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - STALE_AFTER_MONTHS);
  const stale = own
    .filter((resource) => !resource.verifiedAt || resource.verifiedAt < staleBefore.toISOString())
    .sort((a, b) => (a.verifiedAt ?? '').localeCompare(b.verifiedAt ?? '') || a.key.localeCompare(b.key));
  return {
    ...window,
    trainingsHeld: attendance.trainings.length,
    participantsTrained: attendance.everyone.size,
    councilMeetingsHeld,
    activitiesPublished: activities.length,
    activitiesByDistrict: districts.data.map((district) => ({ district, count: byDistrict.get(district.key) ?? 0 })),
    trainingsByDistrict: [
      ...districts.data.map((district) => ({ district, count: trainingsBy.get(district.key) ?? 0 })),
      ...(trainingsWithoutDistrict ? [{ district: null, count: trainingsWithoutDistrict }] : []),
    ],
    activitiesByTargetGroup: targetGroups.map((targetGroup) => ({
      targetGroup,
      count: byTargetGroup.get(targetGroup) ?? 0,
    })),
    supportResourcesByPreventionLevel: preventionLevels.map((preventionLevel) => ({
      preventionLevel,
      count: byLevel.get(preventionLevel) ?? 0,
    })),
    associationsApproved,
    staleSupportResources: stale,
  };
}
