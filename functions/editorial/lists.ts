import { localize } from '../content-types/localize.js';
import { councilMeetingSchema } from '../data/entities/council-meeting.js';
import { organisationSchema, type OrganisationItem } from '../data/entities/organisation.js';
import { supportResourceSchema, type SupportResourceItem } from '../data/entities/support-resource.js';
import { trainingSchema } from '../data/entities/training.js';
import { narrowedBy, timeWindowOf, withinWindow } from '../data/list-queries.js';
import { fetchPage, mapConnection, type PageArgs, type PageRequest } from '../data/pagination.js';
import type { LocaleCode } from '../domain/locale.js';
import type { EditorialReadContext } from './context.js';

/**
 * One page of an editorial list: one Query of the caller's scope (the `list` index, in the list's order), its
 * cursors bound to the list's name, scope and filter, each item localised as the type's own query answers it.
 */
async function editorialPage<Item, View>(
  context: EditorialReadContext,
  page: PageArgs,
  [name, ...filter]: [string, ...unknown[]],
  request: Pick<PageRequest<Item>, 'query' | 'filtered' | 'positionOf'>,
  view: (item: Item) => View,
) {
  const list = JSON.stringify([name, context.scope, ...filter]);
  const connection = await fetchPage({ ...request, ...page, list, cursorSecret: context.cursorSecret });
  return mapConnection(connection, view);
}

// councilMeetings: by start time; the window [from, to) is a range on the sort key
export function councilMeetingList(
  context: EditorialReadContext,
  locale: LocaleCode,
  filter: { from?: string | null; to?: string | null } | null | undefined,
  page: PageArgs,
) {
  const window = timeWindowOf(filter);
  const base = context.db.entities.councilMeeting.query.list({ tenant: context.tenant, scope: context.scope });
  return editorialPage(
    context,
    page,
    ['councilMeetings', window.from, window.to],
    {
      // The sort key is "startsAt␁key", so startsAt in [from, to) is listOrder in [from, to).
      query: withinWindow(base, (listOrder) => ({ listOrder }), window),
      filtered: false,
      positionOf: (item) => context.db.conversions.councilMeeting.byAccessPattern.list.fromComposite.toCursor(item),
    },
    (item) => localize(councilMeetingSchema, item, locale),
  );
}

// organisations: by name; kind, district and council membership narrow it
export function organisationList(
  context: EditorialReadContext,
  locale: LocaleCode,
  filter:
    | { kind?: OrganisationItem['kind'] | null; district?: string | null; interreligiousCouncilMember?: boolean | null }
    | null
    | undefined,
  page: PageArgs,
) {
  const kind = filter?.kind ?? null;
  const district = filter?.district?.trim().toLowerCase() || null;
  const member = filter?.interreligiousCouncilMember ?? null;
  const base = context.db.entities.organisation.query.list({ tenant: context.tenant, scope: context.scope });
  return editorialPage(
    context,
    page,
    ['organisations', kind, district, member],
    {
      ...narrowedBy(base, kind !== null || district !== null || member !== null, (attr, op) => [
        kind && op.eq(attr.kind, kind),
        district && op.contains(attr.districts, district),
        member !== null && op.eq(attr.interreligiousCouncilMember, member),
      ]),
      positionOf: (item) => context.db.conversions.organisation.byAccessPattern.list.fromComposite.toCursor(item),
    },
    (item) => localize(organisationSchema, item, locale),
  );
}

// supportResources: by priority then title; audience and language narrow it
export function supportResourceList(
  context: EditorialReadContext,
  locale: LocaleCode,
  filter: { audience?: SupportResourceItem['audiences'][number] | null; language?: string | null } | null | undefined,
  page: PageArgs,
) {
  const audience = filter?.audience ?? null;
  const language = filter?.language?.trim().toLowerCase() || null;
  const base = context.db.entities.supportResource.query.list({ tenant: context.tenant, scope: context.scope });
  return editorialPage(
    context,
    page,
    ['supportResources', audience, language],
    {
      ...narrowedBy(base, Boolean(audience || language), (attr, op) => [
        audience && op.contains(attr.audiences, audience),
        language && op.contains(attr.languages, language),
      ]),
      positionOf: (item) => context.db.conversions.supportResource.byAccessPattern.list.fromComposite.toCursor(item),
    },
    (item) => localize(supportResourceSchema, item, locale),
  );
}

// trainings: by start time, from `from` (default: now, i.e. upcoming)
export function trainingList(
  context: EditorialReadContext,
  locale: LocaleCode,
  filter: { from?: string | null } | null | undefined,
  page: PageArgs,
) {
  const from = filter?.from ?? context.now.toISOString();
  const base = context.db.entities.training.query.list({ tenant: context.tenant, scope: context.scope });
  return editorialPage(
    context,
    page,
    ['trainings', filter?.from ?? null],
    {
      query: base.gte({ listOrder: from }),
      filtered: false,
      positionOf: (item) => context.db.conversions.training.byAccessPattern.list.fromComposite.toCursor(item),
    },
    (item) => localize(trainingSchema, item, locale),
  );
}
