/**
 * HSDA's filters this directory does not hold the data for (taxonomies, a minimal listing, nested
 * services, locations): a harvester that asks for them gets a 400 saying so, never the whole list as if
 * filtered. The edge keeps them in its cache key (stacks/edge-requests.ts) so that the 400 reaches it.
 */
export const unsupportedParameters = [
  'taxonomy_term_id',
  'taxonomy_id',
  'minimal',
  'full_service',
  'postcode',
  'proximity',
] as const;
