import type { CollectionConfig } from 'payload';
import { isStaffUser } from '../access/is-staff-user.js';
import { text } from '../i18n/labels.js';

const nobody = () => false;

/**
 * When the owner of a stale support resource or organisation was last reminded (at most once a week per
 * document). Kept beside the document, not in it: a reminder is no edit and must not make a new version.
 */
export const StaleReminders: CollectionConfig = {
  slug: 'stale-reminders',
  labels: { singular: text('Påminnelse', 'Reminder'), plural: text('Påminnelser', 'Reminders') },
  admin: { hidden: true, useAsTitle: 'document' },
  access: { read: isStaffUser, create: nobody, update: nobody, delete: nobody },
  fields: [
    // "support-resources:12": the collection and the document's id
    { name: 'document', type: 'text', required: true, unique: true, index: true },
    { name: 'sentAt', type: 'date', required: true },
    { name: 'to', type: 'text', required: true },
  ],
};
