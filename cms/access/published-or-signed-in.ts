import type { Access } from 'payload';

/**
 * CMS users read everything; anyone else reads published documents only (Payload would otherwise hand
 * never-published drafts to a reader allowed to read).
 */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } });
