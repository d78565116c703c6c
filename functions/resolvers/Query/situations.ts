import { situation } from '../../content-types/situation.js';
import type { QueryResolvers } from '../../graphql/types.generated.js';
import { documentList } from '../described-reads.js';

// situations(filter: { audience }): the guide in the editors' order, narrowed to one audience
export const situations: NonNullable<QueryResolvers['situations']> = documentList(situation);
