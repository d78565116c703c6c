import type { ReadScope } from '../auth/viewer.js';
import type { Db } from '../data/db.js';
import type { ItemLoader } from '../data/loaders.js';
import type { Searchable } from './documents.js';

/** What a search needs of its request: the table, the tenant, the caller's scope, the clock and the batching loader. */
export interface SearchContext {
  db: Db;
  tenant: string;
  scope: ReadScope;
  now: Date;
  items: ItemLoader;
}

/** The kinds of things search finds, named as the API names them. */
export type SearchType = Searchable['type'];
