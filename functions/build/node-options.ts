/**
 * The Node options (NODE_OPTIONS) of the functions that answer requests, the GraphQL and feeds functions
 * (stacks/api.ts); `npm run bench` runs its cold-start and memory probes with the same, as a Lambda instance would.
 * - Source-mapped stack traces in the logs.
 * - Node 20's young generation, 16 MB semi-spaces: Node 24's V8 doubles its default, which raised the GraphQL
 *   instance's peak RSS in the bench from 145 to 236 MB for a live heap of 18 MB, and saved it nothing.
 * The search indexer (stacks/search.ts) keeps V8's default: its builds allocate more, and its memory is 2 GB.
 */
export const requestFunctionNodeOptions = '--enable-source-maps --max-semi-space-size=16';
