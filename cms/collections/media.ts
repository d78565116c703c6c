import type { CollectionConfig } from 'payload';
import { isPublisher } from '../access/is-publisher.js';
import { isStaffUser } from '../access/is-staff-user.js';

/** Uploaded files: signed council minutes (PDF) and images. */
export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: () => true, create: isStaffUser, update: isStaffUser, delete: isPublisher },
  admin: { group: 'Files' },
  upload: { mimeTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] },
  fields: [{ name: 'alt', type: 'text', required: true, label: 'Description (alt text)' }],
};
