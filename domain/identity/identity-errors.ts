/**
 * The codes of identity's refusals: a refresh lost to another tab (409), an activation code that cannot be used, a
 * password below the policy, a batch of codes for nobody, a password-reset code
 * that is wrong or expired. Signing in and sessions use the shared codes
 * (`sign_in_failed`, `session_ended`, `too_many_attempts`).
 */
export const identityErrorCodes = [
  'session_refresh_conflict',
  'code_unusable',
  'weak_password',
  'nobody_left',
  'invalid_code',
  'expired_code',
] as const;
