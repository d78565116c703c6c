import { contractErrorCodes, type ContractErrorCode } from '../../functions/domain/errors.js';
/**
 * What one request of the soak came to: answered, refused with one of the contract's codes (a refusal the
 * contract allows, e.g. a CONFLICT when two moderators decide on one item), or failed: anything else (no answer,
 * HTTP 5xx, a code outside the contract, an answer with neither data nor errors). Only failures fail the soak.
 */
export type Outcome = { kind: 'ok' } | { kind: 'refused'; code: ContractCode } | { kind: 'failed'; what: string };

/** The contract's error codes (../shared/contract/README.md, "Errors"), as the API's own list names them. */
export type ContractCode = ContractErrorCode;

const isContractCode = (code: unknown): code is ContractCode =>
  typeof code === 'string' && contractErrorCodes.has(code);

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

export function classifyAnswer(
  status: number,
  body: unknown,
): { outcome: Outcome; data: Record<string, unknown> | null | undefined } {
  const { data, errors } = (body ?? {}) as GraphqlBody;
  // The contract: a bad request is never answered with HTTP 500.
  if (status >= 500) return { outcome: { kind: 'failed', what: `HTTP ${status}` }, data };
  if (errors?.length) {
    const codes = errors.map((error) => error.extensions?.code);
    const outside = codes.findIndex((code) => !isContractCode(code));
    if (outside >= 0)
      return {
        outcome: {
          kind: 'failed',
          what: `code ${String(codes[outside])}: ${errors[outside]?.message ?? ''}`.slice(0, 160),
        },
        data,
      };
    return { outcome: { kind: 'refused', code: codes[0] as ContractCode }, data };
  }
  if (!data) return { outcome: { kind: 'failed', what: `HTTP ${status} with neither data nor errors` }, data };
  if (status !== 200) return { outcome: { kind: 'failed', what: `HTTP ${status} with data` }, data };
  return { outcome: { kind: 'ok' }, data };
}
