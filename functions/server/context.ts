import type { Viewer, ReadScope } from '../auth/viewer.js';
import { DEFAULT_TENANT_NAME } from '../defaults.js';
import { readScopeOf } from '../auth/viewer.js';
import type { Db } from '../data/db.js';
import { createItemLoader, type ItemLoader } from '../data/loaders.js';
import type { FileLinks } from '../files/file-links.js';
import type { PreviewGrant } from '../preview/token.js';

/** What every resolver of one request gets. */
export interface Context {
  viewer: Viewer;
  /** The read-model copies this viewer reads; fixed per request from the verified role. */
  scope: ReadScope;
  /** The municipality the request is answered for (functions/tenancy/request-tenant.ts). */
  tenant: string;
  /** Whether it is the stage's default municipality, which links need not name. */
  tenantIsDefault: boolean;
  /** Its name as residents read it, for what is written to them (e-mail). */
  municipalityName: string;
  db: Db;
  cursorSecret: string;
  /** The request's clock, so that openNow and default windows agree within one answer. */
  now: Date;
  /** Batches related items of one resolver level into one BatchGetItem. */
  items: ItemLoader;
  /** Short-lived links to stored files; null where this deployment stores none. */
  fileLinks: FileLinks | null;
  /** The draft a verified preview token (X-Varna-Preview) names; only that document's own read serves it. */
  preview: PreviewGrant | null;
}

export function createContext(options: {
  viewer: Viewer;
  tenant: string;
  /** The stage's default municipality; `tenant` when not given. */
  defaultTenant?: string;
  /** The municipality's name; the default's (Botkyrka) when not given. */
  municipalityName?: string;
  db: Db;
  cursorSecret: string;
  fileLinks?: FileLinks | null;
  preview?: PreviewGrant | null;
  now?: Date;
}): Context {
  return {
    viewer: options.viewer,
    scope: readScopeOf(options.viewer),
    tenant: options.tenant,
    tenantIsDefault: options.tenant === (options.defaultTenant ?? options.tenant),
    municipalityName: options.municipalityName ?? DEFAULT_TENANT_NAME,
    db: options.db,
    cursorSecret: options.cursorSecret,
    now: options.now ?? new Date(),
    items: createItemLoader(options.db),
    fileLinks: options.fileLinks ?? null,
    preview: options.preview ?? null,
  };
}
