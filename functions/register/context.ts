import type { Viewer } from '../auth/viewer.js';
import type { Db } from '../data/db.js';
import type { AssociationItem } from '../data/entities/association.js';
import { isPossibleId } from '../domain/identifiers.js';
import { badUserInput, notFound } from '../domain/errors.js';

/** What the register's operations need: the API's resolvers and the CMS's moderation view both pass it. */
export interface RegisterContext {
  db: Db;
  tenant: string;
  /** The municipality's name, which its e-mail signs with; the default's (Botkyrka) when not given. */
  municipalityName?: string;
  viewer: Viewer;
  now: Date;
}

// mutations: the association as it is now (strongly consistent, the basis of a conditional write)
export async function currentAssociation(context: RegisterContext, id: string): Promise<AssociationItem> {
  if (!isPossibleId(id))
    throw notFound({ sv: 'Det finns ingen förening med detta id.', en: 'No association with this id.' });
  const { data } = await context.db.entities.association.get({ tenant: context.tenant, id }).go({ consistent: true });
  if (!data) throw notFound({ sv: 'Det finns ingen förening med detta id.', en: 'No association with this id.' });
  return data;
}

// registerAssociation / submitActivity: every named district exists (one BatchGetItem)
export async function requireDistricts(context: RegisterContext, slugs: string[], field: string): Promise<void> {
  const { data } = await context.db.entities.district.get(slugs.map((key) => ({ tenant: context.tenant, key }))).go();
  const known = new Set(data.map((district) => district.key));
  const unknown = slugs.filter((slug) => !known.has(slug));
  if (unknown.length)
    throw badUserInput(field, {
      sv: `${field} anger kommundelar som inte finns: ${unknown.join(', ')}.`,
      en: `${field} names districts that do not exist: ${unknown.join(', ')}.`,
    });
}
