import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { TableConfig } from '../config.js';
import { anonymousViewer } from '../auth/viewer.js';
import { createCalendarRoutes } from '../calendar/http.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { DomainError } from '../domain/errors.js';
import { createOpenDataRoutes, OPEN_DATA_PATH } from '../open-data/http.js';
import { createMunicipalityRegistry } from '../tenancy/registry.js';
import { MUNICIPALITY_PARAMETER, tenantOf, type RequestMunicipality } from '../tenancy/request-tenant.js';
import { headerOf } from './event.js';
import type { ApiHandler } from './lambda.js';
import { createLogger } from './logger.js';

/**
 * The feeds beside /graphql: the iCalendar feeds and HSDS open data. They run in a function of their own,
 * so the GraphQL function neither loads nor parses their libraries (luxon, ical-generator, the time zone
 * data) at its cold start. They need only the table: no tokens, no cursors, no files. A feed is one
 * municipality's: the one its `municipality` parameter or its frontend's origin names, the stage's default without.
 */
export function createFeedsHandler(config: TableConfig): ApiHandler {
  const logger = createLogger(config, 'varna-feeds');
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const registry = createMunicipalityRegistry(db);
  const routesByTenant = new Map<string, { calendars: ApiHandlerOf; openData: ApiHandlerOf }>();
  const routesOf = (municipality: RequestMunicipality) => {
    let routes = routesByTenant.get(municipality.slug);
    if (!routes) {
      routes = {
        calendars: createCalendarRoutes({ db, municipality, logger }),
        openData: createOpenDataRoutes({ db, municipality, logger }),
      };
      routesByTenant.set(municipality.slug, routes);
    }
    return routes;
  };
  return async (event, context) => {
    logger.addContext(context);
    logger.appendKeys({ requestId: event.requestContext?.requestId ?? context?.awsRequestId });
    try {
      const openData = event.rawPath?.startsWith(OPEN_DATA_PATH) ?? false;
      let municipality: RequestMunicipality;
      try {
        municipality = await tenantOf(
          {
            parameter: event.queryStringParameters?.[MUNICIPALITY_PARAMETER],
            origin: headerOf(event, 'origin'),
            viewer: anonymousViewer,
          },
          { defaultTenant: config.tenant, defaultName: config.tenantName, registry },
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return municipalityRefusal(error, openData);
      }
      const routes = routesOf(municipality);
      return await (openData ? routes.openData(event) : routes.calendars(event));
    } finally {
      logger.resetKeys();
    }
  };
}

type ApiHandlerOf = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** A municipality the feeds do not serve: 400 in the route's own format (open data's JSON, the calendars' text). */
function municipalityRefusal(error: DomainError, openData: boolean): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: error.httpStatus ?? 400,
    headers: {
      'content-type': openData ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    },
    body: openData ? JSON.stringify({ message: error.message }) : `${error.message}\n`,
  };
}
