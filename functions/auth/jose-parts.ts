// What the token verifier uses of jose, as one module it imports on the first token (tokens.ts): a
// dynamic import of the package itself would keep every export of jose in the bundle.
export { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
