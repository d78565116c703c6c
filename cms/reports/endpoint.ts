import type { Endpoint, PayloadRequest } from 'payload';
import { canReadReports } from '../access/can-read-reports.js';
import { AnalysisError, analysisKey, saveAnalysis } from './analysis.js';
import { coverageCsv, preventionReportCsv } from './csv.js';
import { reportData, type ReportData } from './report-data.js';
import { reportWindow } from './window.js';

function windowOf(req: PayloadRequest) {
  const query = (req.query ?? {}) as Record<string, string | undefined>;
  return reportWindow(query.period, new Date(), { from: query.from, to: query.to });
}

/** A CSV download of the Reports view: for coordinators, editors and admins only, never cached. */
function csvEndpoint(path: string, name: string, body: (data: ReportData) => string): Endpoint {
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
      return new Response(body(data), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${name}-${window.firstDay}--${window.lastDay}.csv"`,
          'cache-control': 'no-store',
        },
      });
    },
  };
}

/**
 * POST /api/reports/analysis {from, to, analysis}: saves the coordinator's analysis of the window from `from`
 * to `to` (whole days, inclusive, as the view names them) and answers with the text as saved.
 */
export const analysisEndpoint: Endpoint = {
  path: '/reports/analysis',
  method: 'post',
  handler: async (req) => {
    if (!canReadReports(req.user))
      return Response.json(
        { error: 'Only coordinators, editors and admins write the reports’ analyses.' },
        { status: req.user ? 403 : 401 },
      );
    // Only JSON: a cross-site form can send text/plain without a preflight, but never application/json.
    if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
      return Response.json({ error: 'Send the analysis as application/json.' }, { status: 415 });
    const body = (await req.json?.().catch(() => null)) as { from?: unknown; to?: unknown; analysis?: unknown } | null;
    const from = typeof body?.from === 'string' ? body.from : undefined;
    const to = typeof body?.to === 'string' ? body.to : undefined;
    const window = reportWindow('custom', new Date(), { from, to });
    if (window.period !== 'custom' || typeof body?.analysis !== 'string')
      return Response.json(
        {
          error:
            'Send {from, to, analysis}: from and to are the window’s first and last day (YYYY-MM-DD, from not after to), analysis a text.',
        },
        { status: 400 },
      );
    try {
      const analysis = await saveAnalysis(req, window, body.analysis);
      return Response.json({ window: analysisKey(window), analysis });
    } catch (error) {
      if (error instanceof AnalysisError) return Response.json({ error: error.message }, { status: 400 });
      throw error;
    }
  },
};

export const reportEndpoints: Endpoint[] = [
  csvEndpoint('/reports/prevention.csv', 'forebyggande-rapport', preventionReportCsv),
  csvEndpoint('/reports/coverage.csv', 'utbildningstackning', coverageCsv),
  analysisEndpoint,
];
