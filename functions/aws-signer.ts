import { fromEnv } from '@aws-sdk/credential-provider-env';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';

type SignerInit = ConstructorParameters<typeof SignatureV4>[0];

/** What a request is signed as; this function's own role (its environment's credentials) when not given. */
export type SigningCredentials = SignerInit['credentials'];

/**
 * A Signature V4 signer (a service, a region, and that service's signing rules), as this function's role unless
 * other credentials are given. Made with the SDK's signer and hash, already in the bundle for DynamoDB, so
 * that one signed request does not bring a whole service client.
 */
export function awsSigner({
  credentials,
  ...init
}: Omit<SignerInit, 'credentials' | 'sha256'> & { credentials?: SigningCredentials | undefined }): SignatureV4 {
  return new SignatureV4({ ...init, credentials: credentials ?? fromEnv(), sha256: Sha256 });
}
