import { unsupportedParameters } from '../functions/open-data/parameters.js';
import { MUNICIPALITY_PARAMETER } from '../functions/tenancy/request-tenant.js';

/**
 * What of a request the edge keys its cache on, per route: only what the API reads. A parameter the API
 * ignores (`?nocache=123`) would otherwise make a new cache entry and send the request to the Lambda, so
 * anyone could bypass the cache at will. Every route also keys on the municipality a request names
 * (functions/tenancy/request-tenant.ts): one municipality's answer never reaches another's frontend. No SST
 * globals here, so the tests can import it.
 */
export const cachedParameters = {
  /** A GraphQL GET: the operation (or its persisted hash, in `extensions`), its name and variables (Apollo's GET). */
  graphql: ['query', 'operationName', 'variables', 'extensions', MUNICIPALITY_PARAMETER],
  /** The calendars (functions/calendar/http.ts): the language, and the activities' filters. */
  calendar: ['locale', 'district', 'targetGroup', MUNICIPALITY_PARAMETER],
  /**
   * HSDS open data (functions/open-data/http.ts): the language, incremental harvests, paging, HSDA's search
   * and filters, and the filters it refuses (so that the refusal, not the whole list, reaches the caller).
   */
  openData: [
    'locale',
    'modified_after',
    'page',
    'per_page',
    'search',
    'organization_id',
    'format',
    MUNICIPALITY_PARAMETER,
    ...unsupportedParameters,
  ],
} as const;

/**
 * The viewer-request code (a CloudFront Function) that keeps only an allowed `Origin`: API Gateway answers
 * CORS per origin, so Origin is in the cache key (one frontend's cached answer would carry another's
 * Access-Control-Allow-Origin), and an origin the API would refuse anyway is dropped before the key is
 * made, so that made-up Origin values cannot bypass the cache either. The answer without an Origin has no
 * CORS headers, exactly what the API gives an origin it does not allow.
 */
export function originFilterCode(allowedOrigins: readonly string[]): string {
  return `// Only the stage's CORS origins reach the cache key and the API (stacks/edge-requests.ts).
var allowedOrigins = ${JSON.stringify(allowedOrigins)};
function handler(event) {
  var request = event.request;
  var origin = request.headers.origin;
  if (origin && allowedOrigins.indexOf(origin.value) < 0) delete request.headers.origin;
  return request;
}
`;
}
