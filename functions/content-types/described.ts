import { page } from './page.js';
import { situation } from './situation.js';

/**
 * The content types described once (describe.ts), in publishing order after the others: what others refer
 * to first. Adding a description here is what makes the read model, the CMS, the API's plain reads and the
 * webhooks carry the type. Plain data: the Lambda reads its entities from this list.
 */
export const describedTypes = [page, situation] as const;

export type DescribedType = (typeof describedTypes)[number];
