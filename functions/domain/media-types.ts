/**
 * The files the CMS takes as uploads (signed minutes, images), by file extension: the CMS's upload rule
 * (cms/collections/media.ts) and the content type `npm run dev` serves a linked file with.
 */
export const uploadMediaTypes: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};
