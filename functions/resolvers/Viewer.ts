import { associationAccountOf, isStaff } from '../auth/policies.js';
import { unauthenticated } from '../domain/errors.js';
import { confirmCalendarTokens } from '../calendar/tokens.js';
import type { ViewerResolvers } from '../graphql/types.generated.js';
import { viewerRegistrations } from '../training/reads.js';

export const Viewer: ViewerResolvers = {
  // viewer.association: the association an account registered (gsi2, one Query)
  association: async (viewer, _, context) => {
    const accountId = associationAccountOf(viewer);
    if (!accountId) return null;
    const { data } = await context.db.entities.association.query
      .byAccount({ tenant: context.tenant, accountId })
      .go({ limit: 1 });
    return data[0] ?? null;
  },
  // viewer.trainingRegistrations: the caller's own (gsi1, one Query), with places on waiting lists
  trainingRegistrations: (_viewer, _, context) => viewerRegistrations(context),
  // viewer.calendarTokens: the caller's own calendar links (gsi1, one Query), kept alive by being listed as staff; none for a caller who is not staff
  calendarTokens: async (viewer, _, context) => {
    if (viewer.role === 'ANONYMOUS')
      throw unauthenticated({
        sv: 'Logga in med ditt personalkonto för att se dina kalenderlänkar.',
        en: 'Sign in with your staff account to see your calendar links.',
      });
    return isStaff(viewer) && viewer.subject ? confirmCalendarTokens(context, viewer.subject, context.now) : [];
  },
};
