import { fromGraphQLCodegenPersistedDocuments, type PersistedQueryManifestConfig } from '@apollo/generate-persisted-query-manifest';

/**
 * Apollo's persisted query list of every operation the API's clients send, written by
 * `npm run persisted-queries` from the documents functions/graphql/persisted-documents.ts gathers (one per
 * operation, as the frontends send them: without added __typename fields).
 */
const config: PersistedQueryManifestConfig = {
  documents: fromGraphQLCodegenPersistedDocuments('node_modules/.cache/varna/persisted-documents.json'),
  addTypename: false,
  output: 'functions/graphql/persisted-query-manifest.json',
};

export default config;
