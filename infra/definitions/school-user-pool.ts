/**
 * The user pool of a school, as both the CDK stack and the local platform create it. Its password rules are the
 * domain's (domain/identity/password-policy.ts).
 */
export const schoolUserPool = {
  poolName: (schoolId: string) => `preau-${schoolId}`,
  webClientName: 'web',
  /** The web app signs in through the API (USER_PASSWORD_AUTH over TLS) and refreshes with the cookie's token. */
  webClientAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
} as const;
