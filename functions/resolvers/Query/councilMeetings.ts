import { councilMeetingSchema } from '../../data/entities/council-meeting.js';
import { fetchPage } from '../../data/pagination.js';
import { badUserInput } from '../../domain/errors.js';
import { localeCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { mapConnection } from '../relations.js';

// councilMeetings: the caller's scope by start time; the window [from, to) is a range on the sort key
export const councilMeetings: NonNullable<QueryResolvers['councilMeetings']> = async (
  _,
  { locale, filter, first, after },
  context,
) => {
  const { councilMeeting } = context.db.entities;
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && Date.parse(to) <= Date.parse(from))
    throw badUserInput('filter.to', 'filter.to must be after filter.from.');
  const base = councilMeeting.query.list({ tenant: context.tenant, scope: context.scope });
  // The sort key is "startsAt␁key", so startsAt in [from, to) is listOrder in [from, to).
  const query =
    from && to
      ? base.between({ listOrder: from }, { listOrder: to })
      : from
        ? base.gte({ listOrder: from })
        : to
          ? base.lt({ listOrder: to })
          : base;
  const connection = await fetchPage({
    list: JSON.stringify(['councilMeetings', context.scope, from, to]),
    cursorSecret: context.cursorSecret,
    first,
    after,
    query,
    filtered: false,
    positionOf: (item) => context.db.conversions.councilMeeting.byAccessPattern.list.fromComposite.toCursor(item),
  });
  return mapConnection(connection, (item) => localize(councilMeetingSchema, item, localeCode(locale)));
};
