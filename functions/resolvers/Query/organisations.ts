import { localeCode } from '../../domain/locale.js';
import { organisationList } from '../../editorial/lists.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// organisations: the caller's scope by name; kind, district and council membership narrow it (editorial/lists.ts)
export const organisations: NonNullable<QueryResolvers['organisations']> = (
  _,
  { locale, filter, first, after },
  context,
) => organisationList(context, localeCode(locale), filter, { first, after });
