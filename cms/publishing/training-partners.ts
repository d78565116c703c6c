import type { Payload } from 'payload';
import { tenantSlugOf } from '../tenancy/municipality.js';

/** How one municipality's read model holds a shared training (functions/training/sharing.ts): its partners, its organiser. */
export type Sharing = { organiser?: string; offeredTo: string[] };

/** The partner municipalities a training's organiser offers it to (slugs; none for other documents). */
export async function partnersOf(payload: Payload, doc: object, home: string): Promise<string[]> {
  if (!('offeredTo' in doc) || !Array.isArray(doc.offeredTo)) return [];
  const slugs = await Promise.all(doc.offeredTo.map((partner: unknown) => tenantSlugOf(payload, partner)));
  return [...new Set(slugs.filter((slug): slug is string => Boolean(slug) && slug !== home))].sort();
}

/** The sharing a document's copy in `tenant` carries: the organiser's copy names the partners, a partner's also the organiser. */
export function sharingIn(tenant: string, home: string, partners: string[]): Sharing | undefined {
  if (!partners.length) return undefined;
  return tenant === home ? { offeredTo: partners } : { organiser: home, offeredTo: partners };
}
