/**
 * Files the API hands out (the council's signed minutes): never public addresses, only short-lived links
 * made for a caller who may read the file, so that a file follows the visibility of what it belongs to.
 */

/** A stored file as the read model knows it: where it lies (the media bucket's object key) and what it is. */
export interface StoredFile {
  objectKey: string;
  filename: string;
  mimeType: string;
  filesize: number;
}

export interface FileLink {
  url: string;
  expiresAt: string;
  filename: string;
  mimeType: string;
  size: number;
}

/** Makes a link to a stored file that works until `now` + the link lifetime. */
export interface FileLinks {
  link(file: StoredFile, now: Date): Promise<FileLink>;
}

/** Long enough to start a download after reading the answer; short enough that a copied link soon dies. */
export const FILE_LINK_LIFETIME_SECONDS = 300;

export const linkOf = (file: StoredFile, url: string, expiresAt: Date): FileLink => ({
  url,
  expiresAt: expiresAt.toISOString(),
  filename: file.filename,
  mimeType: file.mimeType,
  size: file.filesize,
});
