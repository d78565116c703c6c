import {
  fromGraphQLCodegenPersistedDocuments,
  type PersistedQueryManifestConfig,
} from '@apollo/generate-persisted-query-manifest';

/**
 * Apollo's persisted query list of every operation the API's clients send, written by
 * `npm run persisted-queries` from the documents functions/graphql/persisted-documents.ts gathers (one per
 * operation). With Apollo Client 4 the generator writes each body as Apollo Client sends it, with
 * `__typename` in every selection, so that answers by hash carry what its normalised cache keys on; a
 * frontend that generates its own list from the contract's texts gets the same ids.
 */
const config: PersistedQueryManifestConfig = {
  documents: fromGraphQLCodegenPersistedDocuments('node_modules/.cache/varna/persisted-documents.json'),
  output: 'functions/graphql/persisted-query-manifest.json',
};

export default config;
