/**
 * Who may call the API: association accounts sign in with Cognito (e-mail, verified, strong passwords,
 * optional MFA); staff come from the municipality's OIDC provider, whose issuer and audience are secrets
 * of each stage (`npx sst secret set StaffOidcIssuer https://… --stage production`).
 */
export const associationAccounts = new sst.aws.CognitoUserPool('AssociationAccounts', {
  usernames: ['email'],
  mfa: 'optional',
  softwareToken: true,
  transform: {
    userPool: (args) => {
      args.autoVerifiedAttributes = ['email'];
      args.passwordPolicy = {
        minimumLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: true,
        temporaryPasswordValidityDays: 3,
      };
      args.accountRecoverySetting = { recoveryMechanisms: [{ name: 'verified_email', priority: 1 }] };
    },
  },
});

export const associationPortal = associationAccounts.addClient('AssociationPortal');

export const staffIssuer = new sst.Secret('StaffOidcIssuer', 'https://login.example.invalid/');
export const staffAudience = new sst.Secret('StaffOidcAudience', 'varna-api');
/**
 * Where the staff provider publishes its keys, when not at `<issuer>/.well-known/jwks.json`: Entra ID's are at
 * `https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys`. Empty: the default address.
 */
export const staffJwksUri = new sst.Secret('StaffOidcJwksUri', '');
export const cursorSecret = new sst.Secret('CursorSecret');
/** Signs draft preview links: the CMS mints them, the API verifies them (functions/preview/token.ts). */
export const previewSecret = new sst.Secret('PreviewSecret');

/**
 * The issuers the API trusts, as VARNA_AUTH_ISSUERS expects them. Roles are tied to their issuer: every
 * verified account of the association pool is an association (self-registered accounts are in no group,
 * so no trigger has to put them there), and nothing it claims makes anyone staff; staff, moderator and
 * coordinator (the safety coordinator and the support function: trainings' registrations and reports) come
 * only from the municipality's identity provider. A role missing here cannot be granted in the stage at all.
 */
export const trustedIssuers = $resolve([
  associationAccounts.id,
  associationPortal.id,
  staffIssuer.value,
  staffAudience.value,
  staffJwksUri.value,
]).apply(([poolId, portalClientId, issuer, audience, jwksUri]) =>
  JSON.stringify([
    {
      issuer: `https://cognito-idp.eu-north-1.amazonaws.com/${poolId}`,
      audience: portalClientId,
      rolesClaim: 'cognito:groups',
      allowedRoles: ['association'],
      defaultRole: 'association',
    },
    {
      issuer,
      audience,
      rolesClaim: 'roles',
      allowedRoles: ['staff', 'moderator', 'coordinator'],
      ...(jwksUri ? { jwksUri } : {}),
    },
  ]),
);
