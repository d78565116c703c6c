import { createHash } from 'node:crypto';
import { GraphQLError, Kind, parse, print, visit, type DocumentNode } from 'graphql';
import { queryLimits } from './limits.js';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Without the `__typename` fields: they cost nothing to answer, and clients add them where they please
 * (Apollo Client to every selection, the frontends' own texts to none), so with or without them it is
 * the same operation. An aliased one (`kind: __typename`) is the operation's own and stays.
 */
const withoutTypenames = (document: DocumentNode) =>
  visit(document, { [Kind.FIELD]: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined) });

/**
 * An operation's id whatever its layout: the SHA-256 of its text as printed by graphql-js, without added
 * `__typename` fields, so that layout, comments and the fields a client adds for its cache do not make it
 * another operation. Parsed under the server's token limit, so that a long text costs no more here than
 * in GraphQL itself. For a listed text without `__typename` of its own this is the id the list gave it
 * before it carried them. Null for a text that does not parse (GraphQL reports its error itself).
 */
export function normalizedOperationId(query: string): string | null {
  try {
    return sha256(print(withoutTypenames(parse(query, { maxTokens: queryLimits.maxTokens }))));
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}
