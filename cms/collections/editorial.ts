import type { CollectionConfig } from 'payload';
import { canEditEditorial } from '../access/can-edit-editorial.js';
import { isPublisher } from '../access/is-publisher.js';
import { isStaffUser } from '../access/is-staff-user.js';
import { cancelOutdatedSchedules } from '../hooks/cancel-outdated-schedules.js';
import { guardPublishedState } from '../hooks/guard-published-state.js';
import { queueSyncAfterChange, queueSyncAfterDelete } from '../publishing/queue-sync-hooks.js';
import { validateForPublishing } from '../hooks/validate-for-publishing.js';
import { requireMunicipality } from '../hooks/require-municipality.js';
import { restoreVersionAsDraft } from '../versions/restore-as-draft.js';
import { syncStateEndpoint } from '../publishing/sync-state-endpoint.js';
import { previewEndpoint } from '../preview/preview-endpoint.js';

/**
 * What every editorial collection shares: drafts, versions, scheduled publishing, roles (contributors
 * write drafts only; versions come back as drafts; a newer draft calls off a scheduled publication), the
 * sync to the API, draft previews (the button is added in payload.config.ts: `admin` is each collection's own).
 */
export const editorialDefaults = {
  access: {
    read: isStaffUser,
    create: canEditEditorial,
    update: canEditEditorial,
    delete: isPublisher,
    readVersions: isStaffUser,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [guardPublishedState],
    beforeChange: [requireMunicipality, validateForPublishing],
    afterChange: [cancelOutdatedSchedules, queueSyncAfterChange],
    afterDelete: [queueSyncAfterDelete],
  },
  endpoints: [restoreVersionAsDraft, syncStateEndpoint, previewEndpoint],
} satisfies Partial<CollectionConfig>;
