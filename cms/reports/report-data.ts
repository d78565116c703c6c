import type { PayloadRequest } from 'payload';
import { createContext } from '../../functions/server/context.js';
import { attendanceIn, trainingCoverage, type CoverageRow } from '../../functions/training/coverage.js';
import { trainingEnd } from '../../functions/training/context.js';
import { preventionReport, type PreventionReportModel } from '../../functions/training/report.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { stockholmDate, type ReportWindow } from './window.js';

export interface ReportData {
  report: PreventionReportModel;
  coverage: CoverageRow[];
  /** Trainings held per month of the window (Stockholm months, YYYY-MM). */
  trainingsByMonth: { month: string; trainings: number }[];
}

/**
 * The prevention report and the coverage for a window, worked out by the same code that answers the
 * API's `preventionReport` and `trainingCoverage`, as the CMS user (a coordinator's reading).
 */
export async function reportData(
  req: Pick<PayloadRequest, 'user'>,
  window: Pick<ReportWindow, 'from' | 'to'>,
): Promise<ReportData> {
  const { db, tenant } = readModelTarget();
  const user = req.user as { email?: string } | null;
  const context = createContext({
    viewer: { role: 'COORDINATOR', roles: ['COORDINATOR'], subject: `cms:${user?.email ?? 'unknown'}` },
    tenant,
    db,
    cursorSecret: '',
  });
  const [report, coverage, attendance] = await Promise.all([
    preventionReport(context, window.from, window.to),
    trainingCoverage(context, window.from, window.to),
    attendanceIn(context, window),
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
    report,
    coverage,
    trainingsByMonth: [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, trainings]) => ({ month, trainings })),
  };
}
