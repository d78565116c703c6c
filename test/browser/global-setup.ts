import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run of the browser files: the one production build they share is this run's (cms-server.ts). */
    adminBuildRun: string;
  }
}

let run: string | undefined;

export function setup(project: TestProject) {
  run = randomUUID();
  project.provide('adminBuildRun', run);
}

export function teardown() {
  if (run) rmSync(join(tmpdir(), `varna-admin-build-${run}`), { recursive: true, force: true });
}
