import { localeCode } from '../../domain/locale.js';
import { councilMeetingList } from '../../editorial/lists.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// councilMeetings: the caller's scope by start time, in a window (editorial/lists.ts)
export const councilMeetings: NonNullable<QueryResolvers['councilMeetings']> = (
  _,
  { locale, filter, first, after },
  context,
) => councilMeetingList(context, localeCode(locale), filter, { first, after });
