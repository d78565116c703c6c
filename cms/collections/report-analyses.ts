import type { CollectionConfig } from 'payload';
import { isReportReader } from '../access/is-report-reader.js';
import { text } from '../i18n/labels.js';

/** The longest analysis text: a few paragraphs for BRÅ, not a document of its own. */
export const ANALYSIS_MAX_LENGTH = 4000;

/**
 * The coordinator's short analysis of a report, one per window (its first and last day): written and read
 * in the Reports view, printed with it and in its CSV. Hidden from the navigation: the view is its one place.
 */
export const ReportAnalyses: CollectionConfig = {
  slug: 'report-analyses',
  labels: { singular: text('Analys', 'Analysis'), plural: text('Analyser', 'Analyses') },
  admin: { hidden: true, useAsTitle: 'window' },
  access: { read: isReportReader, create: isReportReader, update: isReportReader, delete: isReportReader },
  fields: [
    // "2025-01-01--2025-03-31": the window's first and last day (Stockholm), as the view shows it
    {
      name: 'window',
      label: text('Period', 'Period'),
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 32,
    },
    { name: 'analysis', label: text('Analys', 'Analysis'), type: 'textarea', maxLength: ANALYSIS_MAX_LENGTH },
  ],
};
