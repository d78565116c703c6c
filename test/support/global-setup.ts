import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.js';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/**
 * The run's one DynamoDB Local, shared by the projects of vitest.config.ts: vitest runs this setup once per
 * project, each time in a module of its own, so the instance lives on the main process's global object.
 */
const shared = globalThis as typeof globalThis & {
  varnaDynamoLocal?: { started: Promise<DynamoLocal>; users: number };
};

/** One in-memory DynamoDB Local for the whole run; each test file creates its own table in it. */
export async function setup(project: TestProject) {
  shared.varnaDynamoLocal ??= { started: freePort().then((port) => startDynamoLocal({ port })), users: 0 };
  shared.varnaDynamoLocal.users += 1;
  project.provide('dynamoEndpoint', (await shared.varnaDynamoLocal.started).endpoint);
}

export async function teardown() {
  const instance = shared.varnaDynamoLocal;
  if (!instance || --instance.users > 0) return;
  shared.varnaDynamoLocal = undefined;
  await (await instance.started).stop();
}
