import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../functions/read-model/publish.js';
import { assertNoInternals, createTestApi, TENANT, type TestApi } from './support/api.js';
import { contractOperation } from './support/contract.js';
import { seedSample } from './support/seed.js';

/** The "Where can I turn?" guide (contract next/web.graphql: Situations, Situation), through the Lambda handler. */
let api: TestApi;
let staff: string;

const everyDay = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({
  weekday,
  opens: '00:00',
  closes: '24:00',
}));
const resource = (key: string, title: string, extra: Record<string, unknown> = {}) => ({
  type: 'supportResource' as const,
  key,
  revision: 1,
  visibility: 'PUBLIC' as const,
  title: { sv: title },
  ...extra,
});

beforeAll(async () => {
  api = await createTestApi();
  await seedSample(api);
  staff = await api.token('staff');
  // A situation naming a resource that is never open, one that is always open, and one only staff may see.
  await publish(api.db, TENANT, resource('stangd-linje', 'Stängd linje (test)'));
  await publish(api.db, TENANT, resource('alltid-oppen', 'Alltid öppen (test)', { openingHours: everyDay }));
  await publish(api.db, TENANT, resource('intern-rutin', 'Intern rutin (test)', { visibility: 'INTERNAL' }));
  await publish(api.db, TENANT, {
    type: 'situation',
    key: 'test-situation',
    revision: 1,
    visibility: 'PUBLIC',
    order: 9,
    title: { sv: 'Testsituation' },
    audiences: ['GENERAL_PUBLIC'],
    resources: ['stangd-linje', 'intern-rutin', 'alltid-oppen'],
  });
});

const situations = async (variables: Record<string, unknown>, token?: string) => {
  const response = await api.graphql(contractOperation('Situations'), variables, token ? { token } : {});
  assertNoInternals(response);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.situations as { slug: string; title: string; audiences: string[] }[];
};

const situation = async (variables: Record<string, unknown>, token?: string) => {
  const response = await api.graphql(contractOperation('Situation'), variables, token ? { token } : {});
  assertNoInternals(response);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.situation;
};

describe('the situation guide', () => {
  it('lists the public situations in the editors’ order, and staff also the internal ones', async () => {
    expect((await situations({})).map((entry) => entry.slug)).toEqual([
      'orolig-for-mitt-barn',
      'jag-vill-lamna',
      'test-situation',
    ]);
    expect((await situations({}, staff)).map((entry) => entry.slug)).toEqual([
      'orolig-for-mitt-barn',
      'jag-vill-lamna',
      'oro-i-arbetet',
      'test-situation',
    ]);
  });

  it('narrows the list to an audience and answers in the requested locale', async () => {
    expect(await situations({ audience: 'RELATIVES', locale: 'EN' })).toEqual([
      {
        slug: 'orolig-for-mitt-barn',
        title: 'I am worried about my child (example)',
        summary: 'Signs to look out for, how to talk with your child and who you can turn to.',
        audiences: ['RELATIVES'],
      },
    ]);
  });

  it('gives one situation with its urgent advice and its resources in the editors’ order', async () => {
    const found = await situation({ slug: 'orolig-for-mitt-barn', locale: 'EN' });
    expect(found.urgentAdvice).toBe('<p>In an emergency call 112. To give the police a tip: call 114 14.</p>');
    expect(found.resources.map((entry: { slug: string }) => entry.slug)).toEqual([
      'stod-till-oroliga-anhoriga',
      'webbguide-samtal-om-extremism',
      'ungdomsmottagning-samtal',
    ]);
    expect(found.resources[0].title).toBe('Support for worried relatives (example)');
  });

  it('falls back to Swedish for a text without translation', async () => {
    const found = await situation({ slug: 'test-situation', locale: 'AR' });
    expect(found.title).toBe('Testsituation');
  });

  it('leaves out a resource the caller may not see, and an internal situation altogether', async () => {
    expect(
      (await situation({ slug: 'test-situation' })).resources.map((entry: { slug: string }) => entry.slug),
    ).toEqual(['stangd-linje', 'alltid-oppen']);
    expect(
      (await situation({ slug: 'test-situation' }, staff)).resources.map((entry: { slug: string }) => entry.slug),
    ).toEqual(['stangd-linje', 'intern-rutin', 'alltid-oppen']);
    expect(await situation({ slug: 'oro-i-arbetet' })).toBeNull();
    expect((await situation({ slug: 'oro-i-arbetet' }, staff)).title).toBe(
      'Jag möter en ung person i arbetet som oroar mig (exempel)',
    );
  });

  it('puts the resources open right now first when asked, keeping the editors’ order otherwise', async () => {
    const ordered = await situation({ slug: 'test-situation', openNowFirst: true }, staff);
    expect(
      ordered.resources.map((entry: { slug: string; openNow: boolean | null }) => [entry.slug, entry.openNow]),
    ).toEqual([
      ['alltid-oppen', true],
      // No opening hours: not known to be open (openNow null), so after the open one.
      ['stangd-linje', null],
      ['intern-rutin', null],
    ]);
  });

  it('answers an unknown slug with null', async () => {
    expect(await situation({ slug: 'finns-inte' })).toBeNull();
  });
});
