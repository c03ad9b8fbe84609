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

/**
 * The mail with the code of a forgotten password, in French: Cognito sends its verification message for the
 * forgot-password flow, `{####}` standing for the code. The CDK stack gives it to the pool; locally, the message
 * sender of cognito-local fills it in and hands it to the mail catcher.
 */
export const passwordResetMail = {
  subject: 'Préau : votre code pour choisir un nouveau mot de passe',
  html:
    '<p>Bonjour,</p>' +
    '<p>Voici le code pour choisir un nouveau mot de passe sur Préau : <strong>{####}</strong></p>' +
    '<p>Saisissez-le sur la page « Mot de passe oublié » dans l’heure qui suit. ' +
    'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.</p>',
  /** Never sent (the pool has no phone numbers), but Cognito wants one: French too. */
  sms: 'Préau : votre code est {####}',
  codePlaceholder: '{####}',
} as const;
