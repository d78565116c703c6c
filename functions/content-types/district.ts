import { z } from 'zod';
import { createDistrictEntity, type DistrictItem, type districtSchema } from '../data/entities/district.js';
import type { Localized } from './localize.js';
import { joinSortKey, swedishSortText } from '../domain/sort-key.js';
import { defineContentType } from './define.js';
import { localizedText, revisionFields } from './fields.js';
import { editorialBase } from './items.js';

const districtDocument = z.object({
  type: z.literal('district'),
  ...revisionFields,
  name: localizedText(100),
});

export const district = defineContentType({
  type: 'district',
  cmsSlug: 'districts',
  fixtureSection: 'districts',
  scoped: false,
  entity: createDistrictEntity,
  document: districtDocument,
  // Districts are reference data without scope: one item, always public.
  items: (doc, tenant) => ({
    staff: { ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.name.sv ?? ''), doc.key)), name: doc.name },
    public: null,
  }),
  // EXAMPLE DATA: invented (see examples.ts)
  examples: (_now) => [
    { key: 'alby', name: { sv: 'Alby' } },
    { key: 'fittja', name: { sv: 'Fittja' } },
    { key: 'hallunda-norsborg', name: { sv: 'Hallunda-Norsborg' } },
    { key: 'tullinge', name: { sv: 'Tullinge' } },
    { key: 'tumba', name: { sv: 'Tumba' } },
    { key: 'varsta', name: { sv: 'Vårsta' } },
  ],
});

/** What the API's District resolvers receive (see schema/district.graphql): the stored item, localised. */
export type DistrictMapper = Localized<DistrictItem, typeof districtSchema>;
