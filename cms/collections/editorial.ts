import type { CollectionConfig } from 'payload';
import { isPublisher } from '../access/is-publisher.js';
import { isStaffUser } from '../access/is-staff-user.js';
import { preventContributorPublish } from '../hooks/prevent-contributor-publish.js';
import { queueSyncAfterChange, queueSyncAfterDelete } from '../hooks/queue-read-model-sync.js';

/** What every editorial collection shares: drafts, versions, scheduled publishing, roles, the sync to the API. */
export const editorialDefaults = {
  access: { read: isStaffUser, create: isStaffUser, update: isStaffUser, delete: isPublisher, readVersions: isStaffUser },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeChange: [preventContributorPublish], afterChange: [queueSyncAfterChange], afterDelete: [queueSyncAfterDelete] },
} satisfies Partial<CollectionConfig>;
