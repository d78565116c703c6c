import type { Endpoint, PayloadRequest } from 'payload';
import { canReadReports } from '../access/can-read-reports.js';
import { coverageCsv, preventionReportCsv } from './csv.js';
import { reportData } from './report-data.js';
import { reportWindow } from './window.js';

function windowOf(req: PayloadRequest) {
  const query = (req.query ?? {}) as Record<string, string | undefined>;
  return reportWindow(query.period, new Date(), { from: query.from, to: query.to });
}

/** A CSV download of the Reports view: for coordinators, editors and admins only, never cached. */
function csvEndpoint(
  path: string,
  name: string,
  body: (data: Awaited<ReturnType<typeof reportData>>, window: ReturnType<typeof windowOf>) => string,
): Endpoint {
  return {
    path,
    method: 'get',
    handler: async (req) => {
      if (!canReadReports(req.user))
        return Response.json(
          { error: 'Only coordinators, editors and admins read the reports.' },
          { status: req.user ? 403 : 401 },
        );
      const window = windowOf(req);
      const data = await reportData(req, window);
      return new Response(body(data, window), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${name}-${window.firstDay}--${window.lastDay}.csv"`,
          'cache-control': 'no-store',
        },
      });
    },
  };
}

export const reportEndpoints: Endpoint[] = [
  csvEndpoint('/reports/prevention.csv', 'forebyggande-rapport', preventionReportCsv),
  csvEndpoint('/reports/coverage.csv', 'utbildningstackning', (data) => coverageCsv(data)),
];
