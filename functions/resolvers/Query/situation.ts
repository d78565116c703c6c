import { situation as situationType } from '../../content-types/situation.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { documentBySlug } from '../described-reads.js';

export const situation: NonNullable<QueryResolvers['situation']> = documentBySlug(situationType);
