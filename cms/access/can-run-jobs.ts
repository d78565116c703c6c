import { createHash, timingSafeEqual } from 'node:crypto';
import type { PayloadRequest } from 'payload';
import { cmsSettings } from '../settings.js';
import { canPublish } from './roles.js';

// Compared as digests so that neither the length nor the contents leak through timing.
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who may trigger the job queue over HTTP (`/api/payload-jobs/run`): the deployed job runner, with the
 * stage's shared secret, and signed-in editors and admins.
 */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  const secret = cmsSettings.jobsSecret();
  const given = req.headers.get('authorization');
  if (secret && given && timingSafeEqual(digest(given), digest(`Bearer ${secret}`))) return true;
  return canPublish(req.user);
}
