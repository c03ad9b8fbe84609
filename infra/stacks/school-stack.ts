import { CfnOutput, Duration, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { HttpMethods } from 'aws-cdk-lib/aws-s3';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { bindNeeds } from '#infra/constructs/bind';
import { constructIdOf } from '#infra/constructs/construct-id';
import { FeedKeys, type FeedPublicKey } from '#infra/constructs/feed-keys';
import { OriginVerify } from '#infra/constructs/origin-verify';
import { OutboxRelay } from '#infra/constructs/outbox-relay';
import { PreauFunction } from '#infra/constructs/preau-function';
import { SchoolApi } from '#infra/constructs/school-api';
import { SchoolData } from '#infra/constructs/school-data';
import { SchoolEvents } from '#infra/constructs/school-events';
import { SchoolIdentity } from '#infra/constructs/school-identity';
import { SchoolNotifications } from '#infra/constructs/school-notifications';
import { defaultConsumerTimeoutSeconds, SchoolQueues } from '#infra/constructs/school-queues';
import { SchoolWeb } from '#infra/constructs/school-web';
import { schoolIdentityEnvironment } from '#infra/definitions/environment';
import { eventRules } from '#infra/definitions/event-rules';
import { functionDefinitions } from '#infra/definitions/functions';
import { mailFeedback } from '#infra/definitions/mail-feedback';
import { outboxRelay } from '#infra/definitions/outbox-relay';
import { queueDefinitions } from '#infra/definitions/queues';
import { scheduledRules } from '#infra/definitions/schedules';
import { documentsUploadCors } from '#infra/definitions/school-buckets';
import type { Tenant } from '#infra/tenants/tenant';
import { sharedEdgePartsOf } from './shared-edge-stack';

export interface SchoolStackProps extends StackProps {
  school: Tenant;
  /** The built web app, deployed to the site bucket. */
  webDirectory: string;
  /** The public keys of its feed links; by default those of `infra/tenants/feed-keys/<school>/`. */
  feedPublicKeys?: FeedPublicKey[];
  /** The authority's edge shield (a CloudFront web ACL in us-east-1), put in front of the distribution. */
  edgeWebAclArn?: string;
  /** False for the first step of moving the API's routes between stacks: see `apiRoutesContextKey` in infra/app.ts. */
  apiRoutes?: boolean;
}

export const schoolStackName = (schoolId: string) => `Preau-School-${schoolId}`;

/** Where each school stack lists itself, so the authority finds every deployed school with one path query. */
export const schoolDirectoryPath = '/preau/schools/';

const ruleTargets = new Set([...eventRules, ...scheduledRules].map(({ target }) => target.handler));
const queueConsumers = new Set(queueDefinitions.map(({ consumer }) => consumer.handler));

/** Everything one school runs on, isolated from every other school. */
export class SchoolStack extends Stack {
  readonly data: SchoolData;
  readonly web: SchoolWeb;

  constructor(
    scope: Construct,
    { school, webDirectory, feedPublicKeys, edgeWebAclArn, apiRoutes = true, ...props }: SchoolStackProps,
  ) {
    super(scope, schoolStackName(school.id), {
      description: `Préau: the stack of ${school.displayName} (${school.id})`,
      ...props,
    });
    Tags.of(this).add('preau:school', school.id);

    this.data = new SchoolData(this, 'Data');
    const identity = new SchoolIdentity(this, 'Identity', { school });
    const feedKeys = new FeedKeys(this, 'FeedKeys', { school, publicKeys: feedPublicKeys });
    const queues = new SchoolQueues(this, 'Queues');
    const notifications = new SchoolNotifications(this, 'Notifications', { school });
    const originVerify = new OriginVerify(this, 'OriginVerify', { school });

    const functions = new Map<string, PreauFunction>();
    for (const { handler, needs, timeoutSeconds } of functionDefinitions) {
      const fn =
        functions.get(handler) ??
        new PreauFunction(this, constructIdOf(handler), {
          handler,
          description: `${handler} of ${school.id}`,
          environment: schoolIdentityEnvironment(school),
          // Bus targets are retried by EventBridge and may take longer than an API caller waits.
          timeout: Duration.seconds(
            timeoutSeconds ??
              (queueConsumers.has(handler)
                ? defaultConsumerTimeoutSeconds
                : ruleTargets.has(handler)
                  ? 30
                  : 10),
          ),
        });
      functions.set(handler, fn);
      bindNeeds(fn, needs, {
        ...this.data,
        identity,
        feedKeys,
        queues: queues.queues,
        notifications,
        originVerify: originVerify.value,
      });
    }
    const functionOf = (handler: string) => {
      const fn = functions.get(handler);
      if (!fn) throw new Error(`No function for handler ${handler}: is it in functionDefinitions?`);
      return fn.lambda;
    };

    notifications.routeFeedbackTo(functionOf(mailFeedback.handler));
    const api = new SchoolApi(this, 'Api', { school, identity, functionOf, withRoutes: apiRoutes });
    new SchoolEvents(this, 'Events', { bus: this.data.bus, functionOf, timeZone: school.timeZone });
    queues.connectConsumers(functionOf);
    new OutboxRelay(this, 'OutboxRelay', { table: this.data.table, relay: functionOf(outboxRelay.handler) });
    this.web = new SchoolWeb(this, 'Web', {
      school,
      site: this.data.site,
      accessLogs: this.data.accessLogs,
      httpApi: api.httpApi,
      webDirectory,
      feedKeyGroup: feedKeys.keyGroup,
      webAclArn: edgeWebAclArn,
      originVerify: originVerify.value,
      shared: sharedEdgePartsOf(this),
    });

    const webUrl = `https://${this.web.distribution.distributionDomainName}`;
    const cors = documentsUploadCors([webUrl]);
    this.data.documents.addCorsRule({
      allowedMethods: cors.allowedMethods.map((method) => HttpMethods[method]),
      allowedOrigins: cors.allowedOrigins,
      allowedHeaders: cors.allowedHeaders,
      maxAge: cors.maxAgeSeconds,
    });
    new StringParameter(this, 'DirectoryEntry', {
      parameterName: `${schoolDirectoryPath}${school.id}`,
      description: `Préau: where ${school.id} lives`,
      stringValue: JSON.stringify({
        ...school,
        stackName: this.stackName,
        webUrl,
        userPoolId: identity.userPool.userPoolId,
        userPoolClientId: identity.webClient.userPoolClientId,
      }),
    });
    new CfnOutput(this, 'WebUrl', { value: webUrl });
    new CfnOutput(this, 'ApiUrl', { value: `${webUrl}/api` });
    new CfnOutput(this, 'UserPoolId', { value: identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: identity.webClient.userPoolClientId });
  }
}
