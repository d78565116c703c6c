import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deployedFunctions } from '../../functions/handlers/triggers.js';

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
