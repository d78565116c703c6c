import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** A request header by name, whatever its case (API Gateway passes them as the client sent them). */
export const headerOf = (event: APIGatewayProxyEventV2, name: string): string | undefined =>
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

/** The request body as text; API Gateway base64-encodes bodies it does not take for text. */
export function bodyOf(event: APIGatewayProxyEventV2): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}
