import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const generated = ['cms/payload-types.ts', 'cms/app/(payload)/admin/importMap.js'];

describe('generated CMS files', () => {
  it('match the config (npm run cms:generate was run after the last change)', () => {
    const committed = generated.map((file) => readFileSync(resolve(root, file), 'utf8'));
    const run = spawnSync('npm', ['run', 'cms:generate'], { cwd: root, encoding: 'utf8' });
    const fresh = generated.map((file) => readFileSync(resolve(root, file), 'utf8'));
    // Leave the checkout as it was: the test reports staleness, it does not fix it.
    generated.forEach((file, index) => writeFileSync(resolve(root, file), committed[index]!));
    expect(run.status, run.stderr).toBe(0);
    generated.forEach((file, index) =>
      expect(fresh[index], `${file} is stale: run npm run cms:generate`).toBe(committed[index]),
    );
  }, 120_000);
});
