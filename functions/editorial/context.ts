import type { ReadScope } from '../auth/viewer.js';
import type { Db } from '../data/db.js';

/** What the editorial lists need: the read-model copies the caller reads, and the secret that signs cursors. */
export interface EditorialReadContext {
  db: Db;
  tenant: string;
  scope: ReadScope;
  cursorSecret: string;
  /** The request's clock: the upcoming trainings are those from now. */
  now: Date;
}
