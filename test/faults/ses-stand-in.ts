import type { SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';

/**
 * Amazon SES v2 for the tests (it cannot be reached from here): below the SDK's retry middleware, a share of
 * sends is refused with TooManyRequestsException, as SES refuses a sender over its sending rate; every other send
 * is accepted and its recipients kept, as SES would take it for delivery.
 */
export const sesStandIn = {
  throttledShare: 0,
  throttled: 0,
  accepted: [] as string[][],
};

let seed = 7;
function random(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}

/**
 * Adds the stand-in to a client. The exception's class comes from the caller (the test's mock of the SDK's
 * module): importing it here would wait on that very mock.
 */
export function withSesStandIn(client: SESv2Client, TooManyRequests: typeof TooManyRequestsException): void {
  client.middlewareStack.add(
    () => async (args) => {
      if (random() < sesStandIn.throttledShare) {
        sesStandIn.throttled++;
        throw new TooManyRequests({
          message: 'Maximum sending rate exceeded.',
          $metadata: { httpStatusCode: 429, attempts: 1, totalRetryDelay: 0 },
        });
      }
      const input = args.input as { Destination?: { ToAddresses?: string[] } };
      sesStandIn.accepted.push(input.Destination?.ToAddresses ?? []);
      return {
        output: { MessageId: `stand-in-${sesStandIn.accepted.length}`, $metadata: { httpStatusCode: 200 } },
        response: { statusCode: 200, headers: {}, body: '' },
      } as never;
    },
    { step: 'deserialize', name: 'varnaSesStandIn', priority: 'high' },
  );
}
