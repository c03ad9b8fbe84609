import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, FeaturePlan, Mfa, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { Tenant } from '../tenants/tenant';
import { acknowledge } from './nag';

/**
 * The accounts of one school: a Cognito user pool nobody signs up to (accounts will come from activation codes)
 * and the client the web app signs in with.
 */
export class SchoolIdentity extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, { school }: { school: Tenant }) {
    super(scope, id);

    this.userPool = new UserPool(this, 'Users', {
      userPoolName: `preau-${school.id}`,
      selfSignUpEnabled: false,
      // Sign-in attributes cannot change after creation: usernames for pupils without an email address, or email.
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.LITE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'MFA is offered (authenticator apps) but not required: pupils sign in on shared school devices without a ' +
        'phone. Whether staff must use it is decided with the identity issue. SMS is off: it bills per message.',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus tier bills every monthly active user, thousands per school, and its threat protection is not ' +
        'needed while accounts only come from activation codes. The feature plan changes in place if it is.',
    );

    this.webClient = this.userPool.addClient('WebApp', {
      authFlows: { userSrp: true },
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
