import { fetchPage } from '../data/pagination.js';
import { localeCode, pick } from '../domain/locale.js';
import type { CouncilMeetingResolvers, QueryResolvers } from '../graphql/types.generated.js';
import { localized, localizedAll } from '../graphql/mappers.js';
import { badUserInput } from '../domain/errors.js';
import { mapConnection, organisationsByKey } from './relations.js';

// councilMeetings: the caller's scope by start time; the window [from, to) is a range on the sort key
export const councilMeetings: NonNullable<QueryResolvers['councilMeetings']> = async (_, { locale, filter, first, after }, context) => {
  const { councilMeeting } = context.db.entities;
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && Date.parse(to) <= Date.parse(from)) throw badUserInput('filter.to', 'filter.to must be after filter.from.');
  const base = councilMeeting.query.list({ tenant: context.tenant, scope: context.scope });
  // The sort key is "startsAt␁key", so startsAt in [from, to) is listOrder in [from, to).
  const query = from && to ? base.between({ listOrder: from }, { listOrder: to }) : from ? base.gte({ listOrder: from }) : to ? base.lt({ listOrder: to }) : base;
  const connection = await fetchPage({
    list: JSON.stringify(['councilMeetings', context.scope, from, to]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query,
    filtered: false,
    positionOf: (item) => context.db.conversions.councilMeeting.byAccessPattern.list.fromComposite.toCursor(item),
  });
  return mapConnection(connection, (item) => localized(item, localeCode(locale)));
};

export const CouncilMeeting: CouncilMeetingResolvers = {
  id: ({ item }) => item.key,
  title: ({ item, locale }) => pick(item.title, locale) ?? '',
  startsAt: ({ item }) => item.startsAt,
  endsAt: ({ item }) => item.endsAt ?? null,
  status: ({ item }) => item.meetingStatus,
  location: ({ item }) => (item.location ? { name: item.location.name, address: item.location.address ?? null } : null),
  agenda: ({ item, locale }) => pick(item.agenda, locale),
  // The public copy carries minutes only when they are public (see read-model/items.ts).
  minutes: ({ item, locale }) => pick(item.minutes, locale),
  // Likewise its file: only the copies that carry the minutes carry it, and only as a short-lived link.
  minutesDocument: async ({ item }, _, context) => (item.minutesDocument && context.fileLinks ? context.fileLinks.link(item.minutesDocument, context.now) : null),
  participants: async ({ item, locale }, _, context) => localizedAll(await organisationsByKey(context, item.participants ?? []), locale),
};
