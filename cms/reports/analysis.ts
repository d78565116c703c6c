import type { PayloadRequest } from 'payload';
import { ANALYSIS_MAX_LENGTH } from '../collections/report-analyses.js';
import type { ReportWindow } from './window.js';

type Window = Pick<ReportWindow, 'firstDay' | 'lastDay'>;
type Reader = Pick<PayloadRequest, 'user' | 'payload'>;

/** The analysis's key: the window's first and last day, so that a report and its analysis meet again whichever period picked them. */
export const analysisKey = (window: Window) => `${window.firstDay}--${window.lastDay}`;

/** The analysis saved for a window, read with the user's own access ('' when none). */
export async function analysisOf(req: Reader, window: Window): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'report-analyses',
    where: { window: { equals: analysisKey(window) } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  });
  return docs[0]?.analysis ?? '';
}

export class AnalysisError extends Error {
  override name = 'AnalysisError';
}

/**
 * Saves the coordinator's analysis of a window (creates it the first time, replaces it after), with the user's
 * own access. Line breaks become \n; surrounding space goes; too long a text is refused, not cut.
 */
export async function saveAnalysis(req: Reader, window: Window, text: string): Promise<string> {
  const analysis = text.replace(/\r\n?/g, '\n').trim();
  if (analysis.length > ANALYSIS_MAX_LENGTH)
    throw new AnalysisError(
      `The analysis is ${analysis.length} characters long; at most ${ANALYSIS_MAX_LENGTH} are kept.`,
    );
  const key = analysisKey(window);
  const access = { overrideAccess: false, user: req.user, depth: 0 } as const;
  const { docs } = await req.payload.find({
    collection: 'report-analyses',
    where: { window: { equals: key } },
    limit: 1,
    ...access,
  });
  if (docs[0])
    await req.payload.update({ collection: 'report-analyses', id: docs[0].id, data: { analysis }, ...access });
  else await req.payload.create({ collection: 'report-analyses', data: { window: key, analysis }, ...access });
  return analysis;
}
