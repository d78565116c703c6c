import type { TableConfig } from '../config.js';
import { createCalendarRoutes } from '../calendar/http.js';
import { createDb, createDocumentClient } from '../data/db.js';
import { createOpenDataRoutes, OPEN_DATA_PATH } from '../open-data/http.js';
import type { ApiHandler } from './lambda.js';
import { createLogger } from './logger.js';

/**
 * The feeds beside /graphql: the iCalendar feeds and HSDS open data. They run in a function of their own,
 * so the GraphQL function neither loads nor parses their libraries (luxon, ical-generator, the time zone
 * data) at its cold start. They need only the table: no tokens, no cursors, no files.
 */
export function createFeedsHandler(config: TableConfig): ApiHandler {
  const logger = createLogger(config, 'varna-feeds');
  const db = createDb(createDocumentClient(config.dynamo), config.dynamo.tableName);
  const calendars = createCalendarRoutes({ db, tenant: config.tenant, logger });
  const openData = createOpenDataRoutes({ db, tenant: config.tenant, logger });
  return async (event, context) => {
    logger.addContext(context);
    logger.appendKeys({ requestId: event.requestContext?.requestId ?? context?.awsRequestId });
    try {
      if (event.rawPath?.startsWith(OPEN_DATA_PATH)) return await openData(event);
      return await calendars(event);
    } finally {
      logger.resetKeys();
    }
  };
}
