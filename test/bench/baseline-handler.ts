/**
 * The bench's yardstick: the plainest handler that answers the same contract query from the same
 * table: graphql-js on the same schema and one DynamoDB Query with the AWS SDK, no server framework,
 * no auth, no limits, no data-layer library. Bundled like the real handler, it shows what the real
 * one's cold start costs on top of the unavoidable (Node, graphql-js, the SDK and one round trip).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { buildSchema, graphql } from 'graphql';
import { typeDefs } from '../../functions/graphql/type-defs.generated.js';

const schema = buildSchema(typeDefs);
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'eu-north-1',
    endpoint: process.env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);

const rootValue = {
  // The districts list as the data layer stores it (see functions/data/entities/district.ts).
  districts: async () => {
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: process.env.VARNA_TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :entity)',
        ExpressionAttributeValues: { ':pk': '$varna#tenant_botkyrka', ':entity': '$district_1' },
      }),
    );
    return Items.map((item) => ({ slug: item.key, name: item.name.sv }));
  },
};

export const handler = async (event: APIGatewayProxyEventV2) => {
  const { query, variables } = JSON.parse(event.body ?? '{}') as { query: string; variables?: Record<string, unknown> };
  const result = await graphql({ schema, source: query, rootValue, variableValues: variables ?? null });
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result) };
};
