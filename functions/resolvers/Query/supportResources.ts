import { localeCode } from '../../domain/locale.js';
import { supportResourceList } from '../../editorial/lists.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';

// supportResources: the caller's scope by priority then title; audience and language narrow it (editorial/lists.ts)
export const supportResources: NonNullable<QueryResolvers['supportResources']> = (
  _,
  { locale, filter, first, after },
  context,
) => supportResourceList(context, localeCode(locale), filter, { first, after });
