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
      args.passwordPolicy = { minimumLength: 12, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true, temporaryPasswordValidityDays: 3 };
      args.accountRecoverySetting = { recoveryMechanisms: [{ name: 'verified_email', priority: 1 }] };
    },
  },
});

export const associationPortal = associationAccounts.addClient('AssociationPortal');

export const staffIssuer = new sst.Secret('StaffOidcIssuer', 'https://login.example.invalid/');
export const staffAudience = new sst.Secret('StaffOidcAudience', 'varna-api');
export const cursorSecret = new sst.Secret('CursorSecret');

/** The issuers the API trusts, as VARNA_AUTH_ISSUERS expects them. */
export const trustedIssuers = $jsonStringify([
  {
    issuer: $interpolate`https://cognito-idp.eu-north-1.amazonaws.com/${associationAccounts.id}`,
    audience: associationPortal.id,
    rolesClaim: 'cognito:groups',
  },
  { issuer: staffIssuer.value, audience: staffAudience.value, rolesClaim: 'roles' },
]);
