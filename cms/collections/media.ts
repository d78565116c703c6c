import type { CollectionConfig } from 'payload';
import { uploadMediaTypes } from '../../functions/domain/media-types.js';
import { isPublisher } from '../access/is-publisher.js';
import { isStaffUser } from '../access/is-staff-user.js';
import { localDataDir } from '../local-data-dir.js';
import { groups, text } from '../i18n/labels.js';

/**
 * Uploaded files: signed council minutes (PDF) and images. Only CMS users list or download them here
 * (the file route checks the same read access); a file reaches anyone else only through the API, which
 * applies the visibility of what it belongs to. Contributors add files; replacing or deleting one that
 * may be live is for those who publish.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: isStaffUser, create: isStaffUser, update: isPublisher, delete: isPublisher },
  labels: { singular: text('Fil', 'File'), plural: text('Filer', 'Files') },
  // The list shows what an editor knows a file by; the storage adapter's own fields (prefix, object key) stay out of it.
  admin: { group: groups.files, defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'] },
  upload: {
    mimeTypes: [...new Set(Object.values(uploadMediaTypes))],
    // Locally beside the rest of `npm run dev`'s data; on AWS the S3 adapter stores them in the private bucket.
    staticDir: `${localDataDir()}/media`,
  },
  fields: [{ name: 'alt', type: 'text', required: true }],
};
