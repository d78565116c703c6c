import type { CollectionConfig } from 'payload';
import { isStaffUser } from '../access/is-staff-user.js';

const nobody = () => false;

/**
 * Where each editorial document stands on its way to the website: waiting for its sync, on the website
 * (or removed from it) since a time, or failed with the reason. Written by the sync hook and job only
 * (with overrideAccess); shown on the document's edit view.
 */
export const DocumentSync: CollectionConfig = {
  slug: 'document-sync',
  labels: { singular: 'Sync state', plural: 'Sync states' },
  admin: { hidden: true, useAsTitle: 'document' },
  access: { read: isStaffUser, create: nobody, update: nobody, delete: nobody },
  fields: [
    // "support-resources:12": the collection and the document's id
    { name: 'document', type: 'text', required: true, unique: true, index: true },
    { name: 'state', type: 'select', required: true, options: ['waiting', 'synced', 'failed'] },
    { name: 'action', type: 'select', options: ['publish', 'unpublish'] },
    { name: 'error', type: 'text' },
    { name: 'changedAt', type: 'date', required: true },
    { name: 'syncedAt', type: 'date' },
  ],
};
