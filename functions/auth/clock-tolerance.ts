/**
 * How far apart the clocks of a token's issuer (the staff identity provider, Cognito, the CMS minting a preview
 * link) and the API may be: a token's `nbf` and `exp` are checked with this much slack. Identity providers set
 * `nbf` to their own now, so an issuer a few seconds ahead of Lambda would otherwise make every new sign-in fail
 * until the API's clock caught up; five minutes is the usual allowance (Kerberos', Microsoft's identity libraries').
 */
export const CLOCK_TOLERANCE_SECONDS = 5 * 60;
