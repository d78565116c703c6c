import { Entity, type EntityConfiguration, type EntityItem } from 'electrodb';
import {
  editorialAttributes,
  editorialListIndex,
  editorialPrimaryIndex,
  localizedText,
  location,
  stringList,
} from './shared.js';
import { meetingStatuses } from '../../domain/vocabulary.js';

export const councilMeetingSchema = {
  model: { entity: 'councilMeeting', version: '1', service: 'varna' },
  attributes: {
    ...editorialAttributes,
    title: { ...localizedText, required: true },
    startsAt: { type: 'string', required: true },
    endsAt: { type: 'string' },
    meetingStatus: { type: meetingStatuses, required: true },
    location,
    agenda: localizedText,
    /** Absent from the public copy unless the minutes themselves are PUBLIC. */
    minutes: localizedText,
    minutesVisibility: { type: ['PUBLIC', 'INTERNAL'] },
    /** The signed minutes as a stored file; absent from the public copy like the minutes. */
    minutesDocument: {
      type: 'map',
      properties: {
        objectKey: { type: 'string', required: true },
        filename: { type: 'string', required: true },
        mimeType: { type: 'string', required: true },
        filesize: { type: 'number', required: true },
      },
    },
    participants: stringList,
  },
  indexes: {
    byKey: editorialPrimaryIndex,
    // councilMeetings: by start time (UTC ISO) within the caller's scope
    list: editorialListIndex,
  },
} as const;

export const createCouncilMeetingEntity = (config: EntityConfiguration) => new Entity(councilMeetingSchema, config);
export type CouncilMeetingEntity = ReturnType<typeof createCouncilMeetingEntity>;
export type CouncilMeetingItem = EntityItem<CouncilMeetingEntity>;
