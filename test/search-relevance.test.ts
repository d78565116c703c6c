import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

/**
 * Relevance of search over the example content: queries as residents, young people and professionals
 * type them, in Swedish, English, Finnish, Arabic and Somali, each with the documents that must be among
 * the first three hits (editorial content by slug, organisations by id, the register's activities and
 * associations by title and name). Reports
 * precision at 3 (the share of must-appear documents found in the top 3, averaged over the queries) and
 * fails below 0.9.
 */
type Case = { query: string; locale: 'SV' | 'EN' | 'FI' | 'AR' | 'SO'; top3: string[]; staff?: boolean };

const cases: Case[] = [
  // A worried relative, in Swedish.
  { query: 'orolig för min son', locale: 'SV', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'orolig för mitt barn', locale: 'SV', top3: ['orolig-for-mitt-barn'] },
  { query: 'stöd till anhöriga', locale: 'SV', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'anhörig', locale: 'SV', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'vald', locale: 'SV', top3: ['jag-vill-lamna'] },
  { query: 'våldsbejakande extremism', locale: 'SV', top3: ['sa-arbetar-botkyrka'] },
  { query: 'extremism', locale: 'SV', top3: ['webbguide-samtal-om-extremism'] },
  { query: 'hur pratar jag med unga om extremism', locale: 'SV', top3: ['webbguide-samtal-om-extremism'] },
  { query: 'råd till föräldrar', locale: 'SV', top3: ['webbguide-samtal-om-extremism'] },
  { query: 'hur arbetar botkyrka mot extremism', locale: 'SV', top3: ['sa-arbetar-botkyrka'] },
  { query: 'orolig för någon', locale: 'SV', top3: ['orolig-for-nagon'] },
  // A young person, in Swedish.
  { query: 'samtal för unga', locale: 'SV', top3: ['ungdomsmottagning-samtal'] },
  { query: 'prata med någon utan att föräldrarna vet', locale: 'SV', top3: ['ungdomsmottagning-samtal'] },
  { query: 'jag vill lämna', locale: 'SV', top3: ['jag-vill-lamna'] },
  { query: 'ta mig ur våldsbejakande miljö', locale: 'SV', top3: ['jag-vill-lamna'] },
  { query: 'läxhjälp', locale: 'SV', top3: ['Läxhjälp på biblioteket (exempel)'] },
  { query: 'nattvandring tumba', locale: 'SV', top3: ['Nattvandring i Tumba centrum (exempel)'] },
  { query: 'dialogkväll fittja', locale: 'SV', top3: ['Dialogkväll: att växa upp i Fittja (exempel)'] },
  { query: 'moské fittja', locale: 'SV', top3: ['fittja-moske'] },
  { query: 'kyrkan i tumba', locale: 'SV', top3: ['tumba-forsamling'] },
  { query: 'föräldranätverk', locale: 'SV', top3: ['Föräldranätverket i Tumba (exempel)'] },
  // A professional on the intranet.
  { query: 'radikalisering', locale: 'SV', top3: ['vagledning-for-personal'], staff: true },
  { query: 'orosanmälan', locale: 'SV', top3: ['intern-rutin-orosanmalan'], staff: true },
  { query: 'polisen extremism', locale: 'SV', top3: ['polisen-inex-kontakt'], staff: true },
  { query: 'ung person i arbetet', locale: 'SV', top3: ['oro-i-arbetet'], staff: true },
  // English.
  { query: 'worried about my son', locale: 'EN', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'worried about my child', locale: 'EN', top3: ['orolig-for-mitt-barn'] },
  { query: 'violent extremism', locale: 'EN', top3: ['sa-arbetar-botkyrka'] },
  { query: 'leave extremist environment', locale: 'EN', top3: ['jag-vill-lamna'] },
  { query: 'counselling for young people', locale: 'EN', top3: ['ungdomsmottagning-samtal'] },
  { query: 'talking to teenagers about extremism', locale: 'EN', top3: ['webbguide-samtal-om-extremism'] },
  { query: 'mosque', locale: 'EN', top3: ['fittja-moske'] },
  { query: 'homework help', locale: 'EN', top3: ['unga-i-alby'] },
  { query: 'staff worried about radicalisation', locale: 'EN', top3: ['vagledning-for-personal'], staff: true },
  // Finnish.
  { query: 'olen huolissani lapsestani', locale: 'FI', top3: ['orolig-for-mitt-barn'] },
  { query: 'tukea omaisille', locale: 'FI', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'väkivaltainen ääriajattelu', locale: 'FI', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'keskusteluapua nuorille', locale: 'FI', top3: ['ungdomsmottagning-samtal'] },
  { query: 'haluan irtautua', locale: 'FI', top3: ['jag-vill-lamna'] },
  { query: 'ääriliikkeet', locale: 'FI', top3: ['webbguide-samtal-om-extremism'] },
  // Arabic.
  { query: 'أنا قلق على طفلي', locale: 'AR', top3: ['orolig-for-mitt-barn'] },
  { query: 'التطرف العنيف', locale: 'AR', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'دعم للشباب', locale: 'AR', top3: ['ungdomsmottagning-samtal'] },
  { query: 'أريد أن أترك', locale: 'AR', top3: ['jag-vill-lamna'] },
  { query: 'كيف أتحدث مع الشباب عن التطرف', locale: 'AR', top3: ['webbguide-samtal-om-extremism'] },
  { query: 'قريب قلق', locale: 'AR', top3: ['stod-till-oroliga-anhoriga'] },
  // Somali.
  { query: 'walwal', locale: 'SO', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'xagjirnimada', locale: 'SO', top3: ['stod-till-oroliga-anhoriga'] },
  { query: 'taageero dhallinyarada', locale: 'SO', top3: ['ungdomsmottagning-samtal'] },
  { query: 'ilmahayga', locale: 'SO', top3: ['orolig-for-mitt-barn'] },
  { query: 'waxaan rabaa inaan ka baxo kooxda', locale: 'SO', top3: ['jag-vill-lamna'] },
];

let api: TestApi;
let staff: string;
const report: string[] = [];

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  staff = await api.token('staff');
});

afterAll(() => console.log(report.join('\n')));

it(`ranks the expected help in the top 3 for ${cases.length} realistic queries (precision at 3 ≥ 0.9)`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  let precision = 0;
  for (const { query, locale, top3, staff: asStaff } of cases) {
    const response = await api.graphql(
      contractOperation('Search'),
      { query, locale, first: 3 },
      asStaff ? { token: staff } : {},
    );
    expect(response.body.errors).toBeUndefined();
    const nodes = (
      response.body.data!.search.edges as {
        node: { __typename: string; id?: string; slug?: string; name?: string; title?: string };
      }[]
    ).map((edge) => edge.node);
    const names = nodes.map((node) =>
      node.__typename === 'Organisation' ? node.id : (node.slug ?? node.name ?? node.title),
    );
    const share = top3.filter((expected) => names.includes(expected)).length / top3.length;
    precision += share;
    report.push(`${share === 1 ? 'ok  ' : 'MISS'} [${locale}] ${query} → ${names.join(', ')}`);
  }
  precision /= cases.length;
  report.push(`precision at 3: ${precision.toFixed(2)} over ${cases.length} queries`);
  expect(precision).toBeGreaterThanOrEqual(0.9);
});
