import { z } from 'zod';
import { createDepartmentEntity, type DepartmentItem, type departmentSchema } from '../data/entities/department.js';
import type { Localized } from './localize.js';
import { trainingAudiences } from '../domain/vocabulary.js';
import { joinSortKey, swedishSortText } from '../domain/sort-key.js';
import { defineContentType } from './define.js';
import { localizedText, revisionFields } from './fields.js';
import { editorialBase } from './items.js';

const departmentDocument = z.object({
  type: z.literal('department'),
  ...revisionFields,
  name: localizedText(150),
  trainingTargets: z
    .array(z.object({ audience: z.enum(trainingAudiences), count: z.number().int().min(0).max(100_000) }))
    .default([])
    .refine((targets) => new Set(targets.map((target) => target.audience)).size === targets.length, {
      message: 'names each training audience at most once',
    }),
});

export const department = defineContentType({
  type: 'department',
  cmsSlug: 'departments',
  fixtureSection: 'departments',
  scoped: false,
  entity: createDepartmentEntity,
  document: departmentDocument,
  // Reference data without scope, like districts: one item.
  items: (doc, tenant) => ({
    staff: {
      ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.name.sv ?? ''), doc.key)),
      name: doc.name,
      trainingTargets: doc.trainingTargets,
    },
    public: null,
  }),
  // EXAMPLE DATA: invented targets for Botkyrka's departments (see examples.ts)
  examples: (_now) => [
    {
      key: 'utbildningsforvaltningen',
      name: { sv: 'Utbildningsförvaltningen', en: 'Education department' },
      trainingTargets: [
        { audience: 'FIRST_LINE_STAFF', count: 120 },
        { audience: 'MANAGERS', count: 15 },
      ],
    },
    {
      key: 'socialforvaltningen',
      name: { sv: 'Socialförvaltningen', en: 'Social services department' },
      trainingTargets: [
        { audience: 'FIRST_LINE_STAFF', count: 80 },
        { audience: 'SPECIALISTS', count: 10 },
        { audience: 'MANAGERS', count: 10 },
      ],
    },
    {
      key: 'kultur-och-fritidsforvaltningen',
      name: { sv: 'Kultur- och fritidsförvaltningen', en: 'Culture and leisure department' },
      trainingTargets: [{ audience: 'FIRST_LINE_STAFF', count: 40 }],
    },
    {
      key: 'samhallsbyggnadsforvaltningen',
      name: { sv: 'Samhällsbyggnadsförvaltningen', en: 'Urban planning department' },
      trainingTargets: [],
    },
  ],
});

/** What the API's Department resolvers receive (see schema/department.graphql): the stored item, localised. */
export type DepartmentMapper = Localized<DepartmentItem, typeof departmentSchema>;
