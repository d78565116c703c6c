// The search engine as the API loads it: with the first search, not at the start of every instance.
// MiniSearch, the stemmers and the index cache are evaluated only in an instance that is asked to search
// (resolvers/Query/search.ts imports this module dynamically; functions/build.ts bundles such a module to
// run when it is first asked for).
export { searchIndexFor } from './index-cache.js';
export { snippetOf } from './snippet.js';
