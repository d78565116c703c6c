import { requireModerator } from '../auth/policies.js';
import { associationStatuses, type AssociationItem } from '../data/entities/association.js';
import type { RegisterDecisionItem } from '../data/entities/register-decision.js';
import { isPossibleId } from '../domain/identifiers.js';
import { notFound } from '../domain/errors.js';
import type { RegisterContext } from './context.js';

/** How many associations a search shows at most: a moderator narrows a longer list by typing more. */
export const ASSOCIATION_SEARCH_LIMIT = 100;

export interface AssociationSearchResult {
  /** The matches by name (Swedish order), every status, at most ASSOCIATION_SEARCH_LIMIT. */
  associations: AssociationItem[];
  /** How many matched in all. */
  total: number;
}

/** Lower case, without accents and with single spaces: "Föräldra" is found by "föräldra" and by "foraldra" typed without å, ä, ö. */
const folded = (value: string) =>
  value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();

/** Digits alone, so that "802000-1234", "8020001234" and "802000" all find 802000-1234. */
const digitsOnly = (value: string) => value.replace(/\D/g, '');

/**
 * Whether `association` is what a moderator searched for: a part of its name (case, accents and spacing
 * aside) or, when the search is digits with at most a dash or spaces, a part
 * of its organisation number (stored NNNNNN-NNNN).
 */
function matches(association: AssociationItem, search: string): boolean {
  const asNumber = /^[\d\s-]+$/.test(search) ? digitsOnly(search) : '';
  if (asNumber && digitsOnly(association.organisationNumber).includes(asNumber)) return true;
  return folded(association.name).includes(folded(search));
}

/**
 * Every association of the register, any status, whose name or organisation number contains `search` (all
 * of them when it is empty): the moderators' association list, so that after a decision an association can
 * be found again. One Query per status partition (by name); the register holds hundreds, not millions, so
 * the match is made here rather than by a filter DynamoDB would read the same items for.
 */
export async function findAssociations(context: RegisterContext, search: string): Promise<AssociationSearchResult> {
  requireModerator(context.viewer);
  const wanted = search.trim();
  const partitions = await Promise.all(
    associationStatuses.map(
      async (status) =>
        (await context.db.entities.association.query.byStatus({ tenant: context.tenant, status }).go({ pages: 'all' }))
          .data,
    ),
  );
  const found = partitions
    .flat()
    .filter((association) => !wanted || matches(association, wanted))
    .sort((a, b) => (a.listOrder < b.listOrder ? -1 : a.listOrder > b.listOrder ? 1 : 0));
  return { associations: found.slice(0, ASSOCIATION_SEARCH_LIMIT), total: found.length };
}

/** One association as a moderator reads it, with its history newest first (a GetItem and one Query). */
const noSuchAssociation = { sv: 'Det finns ingen förening med detta id.', en: 'No association with this id.' };

export async function associationWithHistory(
  context: RegisterContext,
  id: string,
): Promise<{ association: AssociationItem; history: RegisterDecisionItem[] }> {
  requireModerator(context.viewer);
  if (!isPossibleId(id)) throw notFound(noSuchAssociation);
  const [association, history] = await Promise.all([
    context.db.entities.association.get({ tenant: context.tenant, id }).go(),
    context.db.entities.registerDecision.query
      .byAssociation({ tenant: context.tenant, associationId: id })
      .go({ order: 'desc', pages: 'all' }),
  ]);
  if (!association.data) throw notFound(noSuchAssociation);
  return { association: association.data, history: history.data };
}
