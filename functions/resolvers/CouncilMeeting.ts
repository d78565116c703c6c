import type { CouncilMeetingResolvers } from '../graphql/types.generated.js';
import { organisationsOf } from './relations.js';

export const CouncilMeeting: CouncilMeetingResolvers = {
  status: (meeting) => meeting.meetingStatus,
  // The public copy carries minutes, and their file, only when the minutes are public (content-types/council-meeting.ts);
  // the file is given only as a short-lived link.
  minutesDocument: async (meeting, _, context) =>
    meeting.minutesDocument && context.fileLinks ? context.fileLinks.link(meeting.minutesDocument, context.now) : null,
  participants: (meeting, _, context) => organisationsOf(context, meeting.participants ?? [], meeting.locale),
};
