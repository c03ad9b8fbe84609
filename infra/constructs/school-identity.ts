import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  UserPool,
  type UserPoolClient,
  UserPoolEmail,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { passwordPolicy } from '#domain/identity/password-policy';
import { passwordResetMail, schoolUserPool } from '#infra/definitions/school-user-pool';
import type { Tenant } from '#infra/tenants/tenant';
import { acknowledge } from './nag';

/** The context value naming the authority's sender address, for schools whose registry entry names none. */
export const mailFromContextKey = 'preau:mailFrom';

/**
 * The accounts of one school: a Cognito user pool nobody signs up to (accounts come from activation codes) and the
 * client the web app signs in with. The pool holds usernames and passwords, and the e-mail address a reset code
 * goes to (written from the directory when the person asks for one): names, profiles and families stay in the
 * school's table.
 */
export class SchoolIdentity extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, { school }: { school: Tenant }) {
    super(scope, id);

    this.userPool = new UserPool(this, 'Users', {
      userPoolName: schoolUserPool.poolName(school.id),
      selfSignUpEnabled: false,
      // Usernames only: most pupils have no e-mail address, and the pool keeps no personal data.
      signInAliases: { username: true },
      signInCaseSensitive: false,
      // A forgotten password: a code by e-mail for accounts with an address (« Mot de passe oublié ? »); the others
      // get a new activation code from the school.
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: passwordResetMail.subject,
        emailBody: passwordResetMail.html,
        smsMessage: passwordResetMail.sms,
      },
      email: schoolMailSender(this, school),
      passwordPolicy: { ...passwordPolicy, tempPasswordValidity: Duration.days(7) },
      mfa: Mfa.OFF,
      featurePlan: FeaturePlan.LITE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'No MFA yet: pupils sign in on shared school devices without a phone, and the portal has no screen to ' +
        'enrol an authenticator app. Optional MFA without one would only make an enrolled account unable to sign ' +
        'in. Authenticator-app MFA for staff comes with that screen (TOTP; SMS bills per message).',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus tier bills every monthly active user, thousands per school, and its threat protection is not ' +
        'needed while accounts only come from activation codes. The feature plan changes in place if it is.',
    );

    this.webClient = this.userPool.addClient('WebApp', {
      userPoolClientName: schoolUserPool.webClientName,
      // The portal signs in through the school's API over TLS (POST /api/session), which keeps the refresh token
      // in an HttpOnly cookie; SRP would need a crypto library in the page for no gain here.
      authFlows: { userPassword: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The web app signs in with its own pages; no hosted UI, hence no OAuth redirects yet.
      disableOAuth: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }
}

/**
 * Mails go through SES from the school's address (registry) or the authority's (context value), a verified SES
 * identity that lets Cognito send for it. Without either, Cognito's own sender: a few dozen mails a day, enough
 * for a trial school only.
 */
const schoolMailSender = (scope: Construct, school: Tenant) => {
  const fromEmail = school.mailFrom ?? scope.node.tryGetContext(mailFromContextKey);
  if (fromEmail === undefined) return UserPoolEmail.withCognito();
  return UserPoolEmail.withSES({
    fromEmail: String(fromEmail),
    fromName: `Préau · ${school.displayName}`,
    // The identity is verified in the stack's own region (the stacks are deployed per environment).
    sesRegion: Stack.of(scope).region,
  });
};
