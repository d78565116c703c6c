import type { Access } from 'payload';
import { canPublish } from './roles.js';

/** Deleting a document unpublishes it from the API, so only those who may publish may delete. */
export const isPublisher: Access = ({ req }) => canPublish(req.user);
