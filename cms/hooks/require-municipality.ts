import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { inLanguage, text } from '../i18n/labels.js';

const message = text('Välj vilken kommun dokumentet hör till.', 'Choose the municipality the document belongs to.');

/**
 * Every editorial document belongs to a municipality (issue 32), drafts too: the plugin's own check skips drafts, and
 * the sync of a document without one fails. A regional admin who has not chosen one in the selector is asked to.
 */
export const requireMunicipality: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const tenant = 'tenant' in data ? data.tenant : originalDoc?.tenant;
  if (tenant !== null && tenant !== undefined) return data;
  throw new ValidationError(
    { collection: collection.slug, errors: [{ path: 'tenant', message: inLanguage(message, req.i18n?.language) }] },
    req.t,
  );
};
