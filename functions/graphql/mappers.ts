import type { ActivityItem } from '../data/entities/activity.js';
import type { AssociationItem } from '../data/entities/association.js';
import type { CouncilMeetingItem } from '../data/entities/council-meeting.js';
import type { DistrictItem } from '../data/entities/district.js';
import type { OrganisationItem } from '../data/entities/organisation.js';
import type { PageItem } from '../data/entities/page.js';
import type { SupportResourceItem } from '../data/entities/support-resource.js';
import type { TrainingItem } from '../data/entities/training.js';
import type { LocaleCode } from '../domain/locale.js';

/** What resolvers of a localised type receive: the stored item and the locale the query asked for. */
export interface Localized<Item> {
  item: Item;
  locale: LocaleCode;
}

export type SupportResourceParent = Localized<SupportResourceItem>;
export type OrganisationParent = Localized<OrganisationItem>;
export type CouncilMeetingParent = Localized<CouncilMeetingItem>;
export type TrainingParent = Localized<TrainingItem>;
export type PageParent = Localized<PageItem>;
export type DistrictParent = Localized<DistrictItem>;
export type AssociationParent = AssociationItem;
export type ActivityParent = ActivityItem;

export const localized = <Item>(item: Item, locale: LocaleCode): Localized<Item> => ({ item, locale });

export const localizedAll = <Item>(items: Item[], locale: LocaleCode): Localized<Item>[] => items.map((item) => localized(item, locale));
