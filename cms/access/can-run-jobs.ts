import type { PayloadRequest } from 'payload';
import { cmsSettings } from '../settings.js';
import { canPublish } from './roles.js';

/**
 * Who may trigger the job queue over HTTP (`/api/payload-jobs/run`): the deployed job runner, with the
 * stage's shared secret, and signed-in editors and admins.
 */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  const secret = cmsSettings.jobsSecret();
  if (secret && req.headers.get('authorization') === `Bearer ${secret}`) return true;
  return canPublish(req.user);
}
