import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { canPublish } from '../access/roles.js';

/**
 * Contributors save drafts; editors publish. A signed-in user without the right gets a clear message
 * instead of a silent downgrade. Scheduled publishing runs without a user and is let through: an
 * editor scheduled it.
 */
export const preventContributorPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data._status === 'published' && req.user && !canPublish(req.user)) {
    throw new APIError('Contributors can save drafts; an editor or admin publishes them.', 403, undefined, true);
  }
  return data;
};
