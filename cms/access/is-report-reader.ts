import type { Access } from 'payload';
import { canReadReports } from './can-read-reports.js';

/** The Reports view's own records (the coordinator's analysis per window): whoever reads the reports writes them. */
export const isReportReader: Access = ({ req }) => canReadReports(req.user);
