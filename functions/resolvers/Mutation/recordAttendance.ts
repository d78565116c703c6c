import type { MutationResolvers } from '../../graphql/types.generated.js';
import * as attendance from '../../training/attendance.js';

// A thin adapter over the training registration's core code (functions/training).
export const recordAttendance: NonNullable<MutationResolvers['recordAttendance']> = (
  _,
  { registrationId, attended },
  context,
) => attendance.recordAttendance(context, registrationId, attended);
