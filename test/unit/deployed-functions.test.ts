import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALENDAR_PATH } from '../../functions/calendar/http.js';
import { deployedFunctions, routedFunction } from '../../functions/handlers/triggers.js';
import { OPEN_DATA_PATH } from '../../functions/open-data/http.js';

/** The trigger table (functions/handlers/triggers.ts) and functions/handlers/ name the same functions. */
describe('deployed functions', () => {
  const entries = Object.values(deployedFunctions).map(({ handler }) => handler.replace(/\.handler$/, '.ts'));

  it('points every handler at an entry file in functions/handlers/', () => {
    for (const entry of entries) expect(existsSync(entry), entry).toBe(true);
  });

  it('lists every entry file in functions/handlers/', () => {
    const files = readdirSync('functions/handlers')
      .filter((file) => file !== 'triggers.ts')
      .map((file) => `functions/handlers/${file}`);
    expect([...entries].sort()).toEqual(files.sort());
  });
});

/** The HTTP API's routes, which the stacks declare and `npm run dev` and the tests route by. */
describe('the API routes', () => {
  it.each([
    ['POST', '/graphql', 'graphql'],
    ['GET', '/graphql', 'graphql'],
    ['OPTIONS', '/graphql', 'graphql'],
    ['GET', `${CALENDAR_PATH}public.ics`, 'feeds'],
    ['GET', `${CALENDAR_PATH}staff/abc.ics`, 'feeds'],
    ['GET', `${OPEN_DATA_PATH}services`, 'feeds'],
  ])('hand %s %s to the %s function', (method, path, name) => {
    expect(routedFunction(method, path)).toBe(name);
  });

  it.each([
    ['POST', `${CALENDAR_PATH}public.ics`],
    ['GET', CALENDAR_PATH],
    ['GET', '/graphql/extra'],
    ['GET', '/elsewhere'],
  ])('match no function for %s %s (API Gateway answers 404)', (method, path) => {
    expect(routedFunction(method, path)).toBeUndefined();
  });
});

/** The tests and `npm run dev` run on the Node the Lambdas run (stacks/config.ts), as .ci/node.sh installs it. */
describe('the Node everything runs on', () => {
  const nodeVersion = readFileSync('.node-version', 'utf8').trim();
  const major = nodeVersion.split('.')[0];

  it('is the Lambda runtime of the stacks and the bundle target', () => {
    expect(readFileSync('stacks/config.ts', 'utf8')).toContain(`runtime: 'nodejs${major}.x'`);
    expect(readFileSync('functions/build/bundle.ts', 'utf8')).toContain(`target: 'node${major}'`);
  });

  it("is package.json's engine and the one running these tests", () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe(`>=${major}`);
    expect(process.versions.node.split('.')[0]).toBe(major);
  });
});
