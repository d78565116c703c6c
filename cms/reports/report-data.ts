import type { PayloadRequest } from 'payload';
import { createContext } from '../../functions/server/context.js';
import { attendanceIn, trainingCoverage, type CoverageRow } from '../../functions/training/coverage.js';
import { trainingEnd } from '../../functions/training/context.js';
import { preventionReport, type PreventionReportModel } from '../../functions/training/report.js';
import { municipalityOfRequest } from '../tenancy/request-municipality.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { analysisOf } from './analysis.js';
import { previousWindow, stockholmDate, type ReportWindow } from './window.js';

export interface ReportData {
  window: Pick<ReportWindow, 'from' | 'to' | 'firstDay' | 'lastDay'>;
  /** The window of the same length just before, shown beside each figure. */
  previous: ReportWindow;
  report: PreventionReportModel;
  previousReport: PreventionReportModel;
  coverage: CoverageRow[];
  previousCoverage: CoverageRow[];
  /** Trainings held per month of the window (Stockholm months, YYYY-MM). */
  trainingsByMonth: { month: string; trainings: number }[];
  /** The coordinator's analysis saved for this window ('' when none). */
  analysis: string;
  /** The day (Stockholm) of today's state: what the report shows as it is now, not for the window. */
  today: string;
}

/**
 * The prevention report and the coverage for a window and the one before it, worked out by the same code
 * that answers the API's `preventionReport` and `trainingCoverage`, as the CMS user (a coordinator's
 * reading), with the analysis saved for the window.
 */
export async function reportData(
  req: Pick<PayloadRequest, 'user' | 'payload'> & { headers?: Headers },
  window: Pick<ReportWindow, 'from' | 'to' | 'firstDay' | 'lastDay'>,
): Promise<ReportData> {
  const { db } = readModelTarget();
  // The coordinator's own municipality's report (issue 32): a partner's people count in theirs.
  const tenant = await municipalityOfRequest(req);
  const user = req.user as { email?: string } | null;
  const context = createContext({
    viewer: { role: 'COORDINATOR', roles: ['COORDINATOR'], subject: `cms:${user?.email ?? 'unknown'}` },
    tenant,
    db,
    cursorSecret: '',
  });
  const previous = previousWindow(window);
  const [report, coverage, previousReport, previousCoverage, attendance, analysis] = await Promise.all([
    preventionReport(context, window.from, window.to),
    trainingCoverage(context, window.from, window.to),
    preventionReport(context, previous.from, previous.to),
    trainingCoverage(context, previous.from, previous.to),
    attendanceIn(context, window),
    analysisOf(req, window),
  ]);
  const months = new Map<string, number>();
  // Every month of the window, so that a month without trainings shows as 0.
  for (
    let at = new Date(window.from);
    at.toISOString() < window.to;
    at = new Date(at.getTime() + 28 * 24 * 60 * 60 * 1000)
  )
    months.set(stockholmDate(at).slice(0, 7), 0);
  for (const training of attendance.trainings) {
    const month = stockholmDate(new Date(trainingEnd(training))).slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  return {
    window,
    previous,
    report,
    previousReport,
    coverage,
    previousCoverage,
    trainingsByMonth: [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, trainings]) => ({ month, trainings })),
    analysis,
    today: stockholmDate(context.now),
  };
}
