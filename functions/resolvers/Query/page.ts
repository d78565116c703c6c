import { page as pageType } from '../../content-types/page.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { documentBySlug } from '../described-reads.js';

export const page: NonNullable<QueryResolvers['page']> = documentBySlug(pageType);
