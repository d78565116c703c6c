import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { canPublish } from '../access/roles.js';

/**
 * What is live changes only by an editor's decision. A contributor's every write is a draft (an update
 * without `draft` writes the live document: it would publish, unpublish or edit live content), and a
 * version is restored only as a draft, by anyone: an editor then reviews and publishes it.
 */
export const guardPublishedState: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const user = req.user;
  if (operation === 'restoreVersion' && !args.draft) {
    throw new APIError(
      'A version is restored as a draft; review it and publish it from the document.',
      403,
      undefined,
      true,
    );
  }
  if ((operation === 'update' || operation === 'create') && user && !canPublish(user)) {
    const publishes = (args.data as { _status?: unknown } | undefined)?._status === 'published';
    if (publishes || (operation === 'update' && !args.draft)) {
      throw new APIError(
        'Contributors save drafts; an editor or admin publishes, unpublishes and schedules them.',
        403,
        undefined,
        true,
      );
    }
  }
  return args;
};
