import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.js';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

let dynamo: DynamoLocal | undefined;

/** One in-memory DynamoDB Local for the whole run; each test file creates its own table in it. */
export async function setup(project: TestProject) {
  dynamo = await startDynamoLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}
