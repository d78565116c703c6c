import { decodeCursor, encodeCursor } from '../../data/cursor.js';
import { graphqlTypeOf } from '../../content-types/describe.js';
import { schemaOf } from '../../data/entities/described.js';
import { organisationSchema } from '../../data/entities/organisation.js';
import { supportResourceSchema } from '../../data/entities/support-resource.js';
import { pageSize } from '../../data/pagination.js';
import { badUserInput } from '../../domain/errors.js';
import { localeCode, type LocaleCode } from '../../domain/locale.js';
import { localize } from '../../content-types/localize.js';
import type { QueryResolvers, ResolversUnionTypes, ResolversParentTypes } from '../../graphql/types.generated.js';
import { searchTextOf, type Searchable } from '../../search/documents.js';
import { searchablesOfHits } from '../../search/hit-items.js';
import { searchIndexFor } from '../../search/index-cache.js';
import { snippetOf } from '../../search/snippet.js';

const MIN_QUERY = 2;
const MAX_QUERY = 200;

type SearchNode = ResolversUnionTypes<ResolversParentTypes>['SearchNode'];

/** A hit as its GraphQL type: editorial items localised like their own queries, register items as stored. */
function nodeOf(searchable: Searchable, locale: LocaleCode): SearchNode {
  if ('description' in searchable) {
    const { description, item } = searchable;
    // The described type's own item, localised as its own queries answer it (resolvers/described-reads.ts);
    // its GraphQL type is named after it and is a member of SearchNode (schema/search.graphql).
    const node: object = {
      ...localize(schemaOf(description), item, locale),
      __typename: graphqlTypeOf(description.type),
    };
    return node as SearchNode;
  }
  switch (searchable.type) {
    case 'SUPPORT_RESOURCE':
      return { ...localize(supportResourceSchema, searchable.item, locale), __typename: 'SupportResource' };
    case 'ORGANISATION':
      return { ...localize(organisationSchema, searchable.item, locale), __typename: 'Organisation' };
    case 'ACTIVITY':
      return { ...searchable.item, __typename: 'Activity' };
    case 'ASSOCIATION':
      return { ...searchable.item, __typename: 'Association' };
  }
}

// search: the scope's in-process index (search/index-cache.ts: a GetItem at most once a second, a load after a change), paged by signed offsets
export const search: NonNullable<QueryResolvers['search']> = async (
  _,
  { query, locale: requested, filter, first, after },
  context,
) => {
  const text = query.trim();
  if (text.length < MIN_QUERY)
    throw badUserInput('query', {
      sv: `query måste ha minst ${MIN_QUERY} tecken.`,
      en: `query must have at least ${MIN_QUERY} characters.`,
    });
  if (text.length > MAX_QUERY)
    throw badUserInput('query', {
      sv: `query får ha högst ${MAX_QUERY} tecken.`,
      en: `query must have at most ${MAX_QUERY} characters.`,
    });
  const size = pageSize(first);
  const locale = localeCode(requested);
  const types = filter?.types?.length ? [...new Set(filter.types)].sort() : null;
  const list = JSON.stringify(['search', context.scope, text, locale, types]);
  const offset = after ? Number(decodeCursor(context.cursorSecret, after, list)) + 1 : 0;
  const { index, version } = await searchIndexFor(context, locale);
  const { hits, terms } = index.search(text, types);
  const page = hits.slice(offset, offset + size);
  // The page's items as of the index's version; one gone since it was built is left out.
  const found = await searchablesOfHits(context, version, page);
  const edges = page.flatMap((hit, position) => {
    const searchable = found[position];
    if (!searchable) return [];
    const node = nodeOf(searchable, locale);
    const { title, text: body } = searchTextOf(searchable, locale);
    const inText = snippetOf(body, terms, locale);
    return [
      {
        cursor: encodeCursor(context.cursorSecret, list, String(offset + position)),
        // The excerpt of the text where the match is; with the title when only the title matched.
        snippet: inText.includes('<mark>') ? inText : snippetOf(`${title} \u2014 ${body}`, terms, locale),
        node,
      },
    ];
  });
  return {
    totalCount: hits.length,
    edges,
    pageInfo: {
      hasNextPage: offset + size < hits.length,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
};
