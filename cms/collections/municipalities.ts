import type { Access, CollectionAfterChangeHook, CollectionConfig, FieldHook, TextFieldManyValidation } from 'payload';
import { reconcileNational } from '../../functions/read-model/national.js';
import { hasRole, isRegionalAdmin } from '../access/roles.js';
import { enumOptions } from '../fields/common.js';
import { groups, text } from '../i18n/labels.js';
import { readModelTarget } from '../publishing/read-model-target.js';
import { hiddenNationalOf, registerMunicipality } from '../tenancy/api-registry.js';
import { tenantsOf } from '../tenancy/access.js';
import { MUNICIPALITIES, nationalMunicipalitySlug } from '../tenancy/municipality.js';
import type { Municipality } from '../payload-types.js';

/**
 * A municipality has residents and staff; a provider (Fryshuset) organises trainings for municipalities; the national
 * tenant (`nationellt`, one per deployment) holds what every municipality shows (functions/read-model/national.ts).
 */
export const municipalityKinds = ['municipality', 'provider', 'national'] as const;

/** The collections whose national documents every municipality shows (and may hide). */
const nationalCollections = ['support-resources', 'organisations'] as const;

/** A save that must not reach the API's registry: the local schema push, whose process cannot write DynamoDB. */
export const SKIP_API_REGISTRY = 'skipApiRegistry';

/** The slug and the kind are set once: the slug is the `tenant` part of every key of the municipality's content. */
const keepOnUpdate: FieldHook = ({ value, originalDoc, operation, field }) =>
  operation === 'update' && originalDoc && 'name' in field && field.name ? originalDoc[field.name] : value;

/** Every signed-in user reads the municipalities (the admin's selector lists theirs). */
const signedIn: Access = ({ req }) => Boolean(req.user);

/** A regional admin edits every municipality; a municipal admin their own (its name and origins). */
const canUpdateMunicipality: Access = ({ req }) => {
  if (isRegionalAdmin(req.user)) return true;
  return hasRole(req.user, 'admin') ? { id: { in: tenantsOf(req.user) } } : false;
};

/** One default municipality: marking one unmarks the others. */
const onlyOneDefault: CollectionAfterChangeHook<Municipality> = async ({ doc, req }) => {
  if (!doc.default) return doc;
  await req.payload.update({
    collection: MUNICIPALITIES,
    where: { and: [{ default: { equals: true } }, { id: { not_equals: doc.id } }] },
    data: { default: false },
    overrideAccess: true,
    req,
    context: req.context,
  });
  return doc;
};

/** The API serves a municipality once its registry item exists: written with every save. */
const writeApiRegistry: CollectionAfterChangeHook<Municipality> = async ({ doc, context }) => {
  if (context[SKIP_API_REGISTRY]) return doc;
  await registerMunicipality(readModelTarget().db, doc);
  return doc;
};

/**
 * A municipality shows the national content from when it is registered, and stops or starts showing a national
 * document when it hides or un-hides it: its copies in the API's read model are brought in line at once.
 */
const showNationalContent: CollectionAfterChangeHook<Municipality> = async ({
  doc,
  previousDoc,
  operation,
  context,
  req,
}) => {
  if (context[SKIP_API_REGISTRY] || doc.kind !== 'municipality') return doc;
  const hidden = hiddenNationalOf(doc);
  const unchanged =
    operation === 'update' && JSON.stringify(hidden) === JSON.stringify(hiddenNationalOf(previousDoc ?? doc));
  if (unchanged) return doc;
  const national = await nationalMunicipalitySlug(req.payload);
  if (national) await reconcileNational(readModelTarget().db, national, { tenant: doc.slug, hidden });
  return doc;
};

/** Hidden national content is named by the keys of national documents: a key of none is refused, not ignored. */
const validHiddenNational: TextFieldManyValidation = async (value, { req }) => {
  const keys = [...new Set(value ?? [])];
  if (keys.length === 0) return true;
  const found = new Set<string>();
  for (const collection of nationalCollections) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ key: { in: keys } }, { 'tenant.kind': { equals: 'national' } }] },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { key: true },
    });
    for (const doc of docs) found.add(doc.key);
  }
  const unknown = keys.filter((key) => !found.has(key));
  return unknown.length === 0
    ? true
    : `${unknown.join(', ')}: ingen nationell stödresurs eller organisation har den nyckeln (no national document has that key)`;
};

/**
 * The deployment's municipalities (issue 32): the multi-tenant plugin's tenants. Every editorial document belongs to
 * one, and the sync writes it into that municipality's part of the API's read model. Never deleted: a municipality's
 * content would go with it.
 */
export const Municipalities: CollectionConfig = {
  slug: MUNICIPALITIES,
  labels: { singular: text('Kommun', 'Municipality'), plural: text('Kommuner', 'Municipalities') },
  admin: { useAsTitle: 'name', group: groups.settings, defaultColumns: ['name', 'slug', 'kind'] },
  access: {
    read: signedIn,
    create: ({ req }) => isRegionalAdmin(req.user),
    update: canUpdateMunicipality,
    delete: () => false,
  },
  hooks: { afterChange: [onlyOneDefault, writeApiRegistry, showNationalContent] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9-]+$/.test(value) ? true : 'a-z, 0-9 and -, e.g. huddinge',
      hooks: { beforeChange: [keepOnUpdate] },
      admin: { description: text('Kan inte ändras', 'Cannot be changed') },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'municipality',
      options: enumOptions(municipalityKinds),
      hooks: { beforeChange: [keepOnUpdate] },
    },
    {
      name: 'default',
      type: 'checkbox',
      defaultValue: false,
      access: { create: ({ req }) => isRegionalAdmin(req.user), update: ({ req }) => isRegionalAdmin(req.user) },
    },
    {
      name: 'origins',
      type: 'array',
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            typeof value === 'string' && /^https?:\/\/[^/\s]+$/.test(value) ? true : 'https://www.municipality.se',
        },
      ],
    },
    {
      // A municipality's admins hide a national document from their municipality's lists, search and pages.
      name: 'hiddenNational',
      type: 'text',
      hasMany: true,
      validate: validHiddenNational,
      admin: {
        condition: (data) => data.kind === 'municipality',
        description: text(
          'Nycklar (webbadresser) till nationella stödresurser och organisationer som kommunen inte visar, t.ex. stodlinjen-for-anhoriga. Ta bort en nyckel så visas innehållet igen.',
          'Keys (slugs) of national support resources and organisations this municipality does not show, e.g. stodlinjen-for-anhoriga. Remove a key to show it again.',
        ),
      },
    },
  ],
};
