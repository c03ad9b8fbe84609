import { Stack } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { mailConfigurationSetName, mailFeedback } from '#infra/definitions/mail-feedback';
import type { Tenant } from '#infra/tenants/tenant';
import { mailFromContextKey } from './school-identity';

export const pushKeysSecretName = (schoolId: string) => `preau/${schoolId}/push-keys`;

/**
 * What notifications need beyond the table: the address mails come from, an SES configuration set whose bounces
 * and complaints reach the account's default bus (SES delivers to no other), a rule there for this school's set,
 * and the secret of the school's VAPID key pair (JSON `{ publicKey, privateKey }`, as
 * `npx web-push generate-vapid-keys --json` prints it).
 */
export class SchoolNotifications extends Construct {
  readonly mailFrom?: string;
  readonly configurationSet: ConfigurationSet;
  readonly pushKeys: ISecret;

  constructor(scope: Construct, id: string, { school }: { school: Tenant }) {
    super(scope, id);
    const mailFrom = school.mailFrom ?? scope.node.tryGetContext(mailFromContextKey);
    this.mailFrom = mailFrom === undefined ? undefined : String(mailFrom);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: mailConfigurationSetName(school.id),
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.pushKeys = Secret.fromSecretNameV2(this, 'PushKeys', pushKeysSecretName(school.id));
  }

  /** Bounces and complaints of this school's mails go to the handler that marks their addresses. */
  routeFeedbackTo(target: IFunction) {
    new Rule(this, 'FeedbackRule', {
      description: `Bounces and complaints of ${Stack.of(this).stackName}'s mails`,
      eventPattern: {
        source: ['aws.ses'],
        detailType: mailFeedback.detailTypes,
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } } },
      },
      targets: [new LambdaFunction(target)],
    });
  }
}
