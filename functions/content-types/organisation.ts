import { z } from 'zod';
import {
  createOrganisationEntity,
  type OrganisationItem,
  type organisationSchema,
} from '../data/entities/organisation.js';
import type { Localized } from './localize.js';
import { organisationKinds } from '../domain/vocabulary.js';
import { joinSortKey, swedishSortText } from '../domain/sort-key.js';
import { defineContentType } from './define.js';
import { documentKey, email, optionalLocalizedText, phone, revisionFields, visibility, webUrl } from './fields.js';
import { contentOf, editorialBase, withScopes } from './items.js';

const organisationDocument = z.object({
  type: z.literal('organisation'),
  ...revisionFields,
  visibility,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(organisationKinds),
  description: optionalLocalizedText(4000),
  website: webUrl.optional(),
  email: email.optional(),
  phone: phone.optional(),
  districts: z.array(documentKey).default([]),
  interreligiousCouncilMember: z.boolean().default(false),
  contactPersons: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        role: z.string().trim().max(200).optional(),
        email: email.optional(),
        phone: phone.optional(),
        publicConsent: z.boolean().default(false),
      }),
    )
    .default([]),
});

export const organisation = defineContentType({
  type: 'organisation',
  cmsSlug: 'organisations',
  fixtureSection: 'organisations',
  scoped: true,
  entity: createOrganisationEntity,
  document: organisationDocument,
  items: (doc, tenant) => {
    const item = { ...editorialBase(doc, tenant, joinSortKey(swedishSortText(doc.name), doc.key)), ...contentOf(doc) };
    // A person who has not consented is not written to the public copy at all.
    return withScopes(doc.visibility, item, {
      ...item,
      contactPersons: doc.contactPersons.filter((person) => person.publicConsent),
    });
  },
  // EXAMPLE DATA: invented (see examples.ts)
  examples: (_now) => [
    {
      key: 'unga-i-alby',
      status: 'published',
      visibility: 'PUBLIC',
      name: 'Föreningen Unga i Alby (exempel)',
      kind: 'ASSOCIATION',
      description: {
        sv: 'Läxhjälp, idrott och samtalsgrupper för unga i Alby.',
        en: 'Homework help, sports and discussion groups for young people in Alby.',
      },
      website: 'https://example.org/unga-i-alby',
      email: 'info@unga-i-alby.example.org',
      phone: '+46 8 000 001 01',
      districts: ['alby'],
      interreligiousCouncilMember: false,
      contactPersons: [
        {
          name: 'Amira Exempel',
          role: 'Ordförande',
          email: 'amira@unga-i-alby.example.org',
          phone: '+46 70 000 01 01',
          publicConsent: true,
        },
        {
          name: 'Bengt Exempel',
          role: 'Kassör',
          email: 'bengt@unga-i-alby.example.org',
          phone: '+46 70 000 01 02',
          publicConsent: false,
        },
      ],
    },
    {
      key: 'fittja-moske',
      status: 'published',
      visibility: 'PUBLIC',
      name: 'Fittja moské (exempel)',
      kind: 'FAITH_COMMUNITY',
      description: {
        sv: 'Moské och samlingsplats med öppen verksamhet för unga och föräldrar.',
        en: 'Mosque and meeting place with open activities for young people and parents.',
      },
      website: 'https://example.org/fittja-moske',
      email: 'kontakt@fittja-moske.example.org',
      districts: ['fittja'],
      interreligiousCouncilMember: true,
      contactPersons: [
        { name: 'Yusuf Exempel', role: 'Imam', email: 'yusuf@fittja-moske.example.org', publicConsent: true },
      ],
    },
    {
      key: 'tumba-forsamling',
      status: 'published',
      visibility: 'PUBLIC',
      name: 'Tumba församling (exempel)',
      kind: 'FAITH_COMMUNITY',
      description: {
        sv: 'Svenska kyrkan i Tumba: samtalsstöd och öppna träffar.',
        en: 'The Church of Sweden in Tumba: counselling and open meetings.',
      },
      website: 'https://example.org/tumba-forsamling',
      phone: '+46 8 000 001 20',
      districts: ['tumba', 'tullinge'],
      interreligiousCouncilMember: true,
      contactPersons: [{ name: 'Karin Exempel', role: 'Diakon', phone: '+46 70 000 01 20', publicConsent: false }],
    },
    {
      key: 'syrisk-ortodoxa-hallunda',
      status: 'published',
      visibility: 'PUBLIC',
      name: 'Syrisk-ortodoxa församlingen i Hallunda (exempel)',
      kind: 'FAITH_COMMUNITY',
      districts: ['hallunda-norsborg'],
      interreligiousCouncilMember: true,
      contactPersons: [],
    },
    {
      key: 'medmanniska-botkyrka',
      status: 'published',
      visibility: 'PUBLIC',
      name: 'Medmänniska Botkyrka (exempel)',
      kind: 'NGO',
      description: {
        sv: 'Ideell organisation som stöttar anhöriga och unga som vill lämna våldsbejakande miljöer.',
        en: 'Non-profit supporting relatives and young people who want to leave violent extremist environments.',
      },
      website: 'https://example.org/medmanniska',
      email: 'stod@medmanniska.example.org',
      phone: '+46 8 000 001 30',
      districts: ['alby', 'fittja', 'hallunda-norsborg', 'tumba'],
      interreligiousCouncilMember: false,
      contactPersons: [
        { name: 'Dana Exempel', role: 'Verksamhetsledare', email: 'dana@medmanniska.example.org', publicConsent: true },
      ],
    },
    {
      key: 'botkyrka-trygghet',
      status: 'published',
      visibility: 'PUBLIC',
      name: 'Botkyrka kommun, trygghet och säkerhet (exempel)',
      kind: 'MUNICIPAL_UNIT',
      description: {
        sv: 'Kommunens samordning av det förebyggande arbetet mot våldsbejakande extremism.',
        en: "The municipality's coordination of work to prevent violent extremism.",
      },
      email: 'trygghet@botkyrka.example.org',
      phone: '+46 8 000 002 00',
      districts: [],
      interreligiousCouncilMember: false,
      contactPersons: [
        {
          name: 'Elin Exempel',
          role: 'Säkerhetssamordnare',
          email: 'elin@botkyrka.example.org',
          phone: '+46 70 000 02 00',
          publicConsent: true,
        },
      ],
    },
    {
      key: 'polisen-inex-kontakt',
      status: 'published',
      visibility: 'INTERNAL',
      name: 'Lokalpolisområde Botkyrka, kontakt för inhemsk extremism (exempel)',
      kind: 'AUTHORITY',
      email: 'inex@polisen.example.org',
      phone: '+46 8 000 003 00',
      contactPersons: [
        { name: 'Cecilia Exempel', role: 'INEX-ansvarig', phone: '+46 70 000 03 00', publicConsent: false },
      ],
    },
    {
      key: 'socialtjanstens-stodfunktion',
      status: 'published',
      visibility: 'INTERNAL',
      name: 'Socialtjänstens stödfunktion vid oro för radikalisering (exempel)',
      kind: 'AUTHORITY',
      email: 'stodfunktion@botkyrka.example.org',
      phone: '+46 8 000 003 10',
      contactPersons: [
        {
          name: 'Farid Exempel',
          role: 'Samordnare',
          email: 'farid@botkyrka.example.org',
          phone: '+46 70 000 03 10',
          publicConsent: false,
        },
      ],
    },
  ],
});

/** What the API's Organisation resolvers receive (see schema/organisation.graphql): the stored item, localised. */
export type OrganisationMapper = Localized<OrganisationItem, typeof organisationSchema>;
