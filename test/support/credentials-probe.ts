import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Bundled by test/bundle.test.ts: the credentials an SDK client of the Lambda bundle resolves by default. */
export const credentials = () => new DynamoDBClient({ region: 'eu-north-1' }).config.credentials();
