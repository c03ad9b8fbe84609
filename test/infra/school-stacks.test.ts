import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnResource, NestedStack, type Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app';
import { bundleFunctions, functionBundlePath } from '#infra/build/bundle-functions';
import { functionEnvironment } from '#infra/definitions/environment';
import { eventRules } from '#infra/definitions/event-rules';
import { functionDefinitions, functionOfRoute } from '#infra/definitions/functions';
import { outboxRelay } from '#infra/definitions/outbox-relay';
import { routes } from '#infra/definitions/routes/index';
import { routeStackNames, routeStackOf } from '#infra/definitions/routes/route-stacks';
import { scheduledRules } from '#infra/definitions/schedules';
import {
  documentPrefixes,
  messageAttachmentSteps,
  messageAttachments,
  pendingUploadKey,
} from '#infra/definitions/school-buckets';
import { schoolTable } from '#infra/definitions/school-table';
import { authorityStackName } from '#infra/stacks/authority-stack';
import { edgeShieldStackName, shieldedRoutes } from '#infra/stacks/edge-shield-stack';
import { schoolStackName } from '#infra/stacks/school-stack';
import { SharedEdgeStack, sharedEdgeParameters, sharedEdgeStackName } from '#infra/stacks/shared-edge-stack';
import type { Registry } from '#infra/tenants/tenant';
import { unresolvedNagFindings } from './nag-report';

const registry: Registry = {
  schools: [
    {
      id: 'lycee-moliere',
      displayName: 'Lycée Molière',
      kind: 'school',
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
      mailFrom: 'ne-pas-repondre@lycee-moliere.fr',
    },
    {
      id: 'conservatoire-ravel',
      displayName: 'Conservatoire Maurice-Ravel',
      kind: 'conservatoire',
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
    },
  ],
};
const schoolIds = registry.schools.map(({ id }) => id);
const handlers = [...new Set(functionDefinitions.map(({ handler }) => handler))];

/** Resource types that bill by the hour or the month, used or not. */
const idleBilledTypes = [
  /^AWS::EC2::/,
  /^AWS::WAFv2::WebACL$/,
  /^AWS::KMS::Key$/,
  /^AWS::SecretsManager::Secret$/,
  /^AWS::CloudWatch::Alarm$/,
  /^AWS::RDS::/,
  /^AWS::ElastiCache::/,
  /^AWS::ElasticLoadBalancingV2::/,
  /^AWS::ECS::Service$/,
];

// biome-ignore lint/suspicious/noExplicitAny: a synthesized template is untyped JSON, read by path in assertions
type Json = any;

let workDirectory: string;
let outdir: string;
let templates: Map<string, Template>;
/** A nested stack of a school holding API routes: its template, and the parameters its school passes it. */
interface RouteStack {
  name: string;
  template: Template;
  parameters: Record<string, Json>;
}
let routeStacks: Map<string, RouteStack[]>;
let authority: Template;
let edgeShield: Template;
let sharedEdge: Template;
const edgeWebAclArn = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/preau-edge-shield/1a2b3c4d';

const template = (schoolId: string) => templates.get(schoolId) as Template;

/** A school template's reference to a shared part: the deploy-time parameter that reads its id from SSM. */
const sharedRef = (tpl: Template, part: keyof typeof sharedEdgeParameters) => {
  const found = Object.entries(tpl.toJSON().Parameters as Record<string, Json>).filter(
    ([, parameter]) =>
      parameter.Type === 'AWS::SSM::Parameter::Value<String>' &&
      parameter.Default === sharedEdgeParameters[part],
  );
  expect(found, part).toHaveLength(1);
  return { Ref: (found[0] as [string, Json])[0] };
};
const resourcesOf = (tpl: Template, type: string) => Object.entries(tpl.findResources(type));

/** The API routes of a school, over all its route stacks, each with the stack that holds it. */
const routesOf = (schoolId: string) =>
  (routeStacks.get(schoolId) ?? []).flatMap((stack) =>
    resourcesOf(stack.template, 'AWS::ApiGatewayV2::Route').map(([logicalId, route]) => ({
      stack,
      logicalId,
      properties: route.Properties as Json,
    })),
  );

/** The logical id of the function that runs `handler`, found by its description. */
const functionOf = (tpl: Template, handler: string, schoolId: string) => {
  const found = Object.entries(
    tpl.findResources('AWS::Lambda::Function', { Properties: { Description: `${handler} of ${schoolId}` } }),
  );
  expect(found, `function of ${handler}`).toHaveLength(1);
  const [logicalId, resource] = found[0] as [string, { Properties: Json }];
  return { logicalId, properties: resource.Properties };
};

/** Every action the role of a function may take, over all its policy statements. */
const actionsOf = (tpl: Template, functionProperties: Json) => {
  const roleId = functionProperties.Role['Fn::GetAtt'][0];
  return resourcesOf(tpl, 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap(([, policy]) =>
      policy.Properties.PolicyDocument.Statement.flatMap((s: Json) => [s.Action].flat()),
    );
};

/**
 * Bundling every function and synthesizing the app (with its nested route stacks, and cdk-nag) takes half a minute
 * on a quiet machine and passed the default two minutes on the 2-core one shared by six test runs.
 */
const synthesisTimeout = 300_000;

beforeAll(async () => {
  await bundleFunctions();
  workDirectory = mkdtempSync(join(tmpdir(), 'preau-infra-'));
  const webDirectory = join(workDirectory, 'web');
  mkdirSync(webDirectory);
  // With inline code, as the built one: nothing of it may reach the shared stack.
  writeFileSync(
    join(webDirectory, 'index.html'),
    '<!doctype html><title>Préau</title><style>p{color:red}</style><script>let a=1</script>',
  );
  outdir = join(workDirectory, 'cdk.out');

  // Each school of this registry has one feed key, made for the test.
  const feedKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
    type: 'spki',
    format: 'pem',
  });
  const app = buildApp({
    registry,
    outdir,
    webDirectory,
    feedPublicKeys: () => [{ name: '2026-09-01', pem: String(feedKey) }],
    edgeWebAclArn,
  });
  app.synth();
  const stackOf = (name: string) => app.node.findChild(name) as Stack;
  templates = new Map(schoolIds.map((id) => [id, Template.fromStack(stackOf(schoolStackName(id)))]));
  routeStacks = new Map(
    schoolIds.map((id) => {
      const school = stackOf(schoolStackName(id));
      const nestedStacks = school.node.findAll().filter(NestedStack.isNestedStack);
      return [
        id,
        nestedStacks.map((nested) => ({
          name: nested.node.id,
          template: Template.fromStack(nested),
          parameters:
            template(id).toJSON().Resources[school.getLogicalId(nested.nestedStackResource as CfnResource)]
              .Properties.Parameters,
        })),
      ];
    }),
  );
  authority = Template.fromStack(stackOf(authorityStackName));
  edgeShield = Template.fromStack(stackOf(edgeShieldStackName));
  sharedEdge = Template.fromStack(stackOf(sharedEdgeStackName));
}, synthesisTimeout);

afterAll(() => {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

describe('the cloud assembly', () => {
  it('has the authority stack and one stack per school of the registry', () => {
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    const stacks = Object.entries(manifest.artifacts)
      .filter(([, artifact]: [string, Json]) => artifact.type === 'aws:cloudformation:stack')
      .map(([name]) => name);
    expect(stacks.sort()).toEqual(
      [
        authorityStackName,
        edgeShieldStackName,
        sharedEdgeStackName,
        ...schoolIds.map(schoolStackName),
      ].sort(),
    );
  });

  it('is clean under cdk-nag AwsSolutions: no unacknowledged error or warning', () => {
    expect(unresolvedNagFindings(outdir)).toEqual([]);
  });

  it('keeps the reason of every acknowledged finding in the template, next to its resource', () => {
    const { properties, logicalId } = functionOf(template('lycee-moliere'), 'api/identity', 'lycee-moliere');
    expect(properties.Runtime).toBe('nodejs22.x');
    const metadata = template('lycee-moliere').toJSON().Resources[logicalId].Metadata;
    expect(metadata.cdk_nag.rules_to_suppress).toContainEqual({
      id: 'AwsSolutions-L1',
      reason: expect.stringContaining('nodejs22.x'),
    });
  });

  it('bundles each function once: both schools point at the same assets, staged once', () => {
    const [first, second] = schoolIds.map((id) =>
      handlers.map((handler) => functionOf(template(id), handler, id).properties.Code.S3Key as string),
    );
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(handlers.length);

    // Each stack's template is a file asset too: leave it out.
    const fileAssetsOf = (stackName: string) =>
      Object.entries(JSON.parse(readFileSync(join(outdir, `${stackName}.assets.json`), 'utf8')).files as Json)
        .filter(([, asset]: [string, Json]) => asset.source.path.startsWith('asset.'))
        .map(([hash]) => hash);
    const [oneSchool, otherSchool] = schoolIds.map((id) => fileAssetsOf(schoolStackName(id)));
    expect(otherSchool?.sort()).toEqual(oneSchool?.sort());
    const staged = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
    expect(staged).toHaveLength(new Set([...(oneSchool ?? []), ...fileAssetsOf(authorityStackName)]).size);
  });

  it('has nothing that bills while idle but the one edge shield and each school’s origin secret: no VPC, NAT gateway, WAF, KMS key, alarm or server', () => {
    for (const tpl of [authority, sharedEdge, ...templates.values()]) {
      const resources = Object.entries(tpl.toJSON().Resources as Record<string, Json>);
      const billed = resources.filter(([, { Type }]) =>
        idleBilledTypes.some((pattern) => pattern.test(Type)),
      );
      // The origin secret (some 0.40 USD a month a school): what proves a request to the API came through CloudFront.
      const originSecrets =
        tpl === authority || tpl === sharedEdge ? [] : [expect.stringMatching(/^OriginVerifySecret/)];
      expect(billed.map(([logicalId]) => logicalId)).toEqual(originSecrets);
      for (const [, fn] of resourcesOf(tpl, 'AWS::Lambda::Function'))
        expect(fn.Properties.VpcConfig).toBeUndefined();
    }
  });
});

describe.each(schoolIds)('the stack of %s', (schoolId) => {
  const school = registry.schools.find(({ id }) => id === schoolId);

  it('names its school and tags everything with it', () => {
    const tpl = template(schoolId);
    expect(tpl.toJSON().Description).toContain(school?.displayName);
    for (const [logicalId, resource] of Object.entries(tpl.toJSON().Resources) as [string, Json][]) {
      const tags = resource.Properties?.Tags ?? resource.Properties?.UserPoolTags;
      if (tags === undefined) continue;
      const value = Array.isArray(tags)
        ? tags.find(({ Key }) => Key === 'preau:school')?.Value
        : tags['preau:school'];
      expect(value, logicalId).toBe(schoolId);
    }
  });

  it('owns its table, buckets, bus, user pool and distribution', () => {
    const tpl = template(schoolId);
    tpl.resourceCountIs('AWS::DynamoDB::Table', 1);
    tpl.resourceCountIs('AWS::S3::Bucket', 3);
    tpl.resourceCountIs('AWS::Events::EventBus', 1);
    tpl.resourceCountIs('AWS::Cognito::UserPool', 1);
    tpl.resourceCountIs('AWS::CloudFront::Distribution', 1);
  });

  it('keeps its table: on demand, point-in-time recovery, deletion protection, TTL, retained', () => {
    template(schoolId).hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: schoolTable.timeToLiveAttribute, Enabled: true },
        KeySchema: [
          { AttributeName: schoolTable.partitionKey, KeyType: 'HASH' },
          { AttributeName: schoolTable.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: schoolTable.indexes.map(({ indexName }) =>
          Match.objectLike({ IndexName: indexName }),
        ),
      }),
    });
  });

  it('keeps every bucket private, encrypted and reachable over TLS only', () => {
    const tpl = template(schoolId);
    const buckets = resourcesOf(tpl, 'AWS::S3::Bucket');
    const policies = resourcesOf(tpl, 'AWS::S3::BucketPolicy');
    for (const [logicalId, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, logicalId).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption, logicalId).toBeDefined();
      const policy = policies.find(([, p]) => p.Properties.Bucket.Ref === logicalId)?.[1];
      expect(policy?.Properties.PolicyDocument.Statement, logicalId).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('removes uploads never sent or shared after a day, and messages’ attachments with their message', () => {
    const rulesOf = (bucket: Json): Json[] => bucket.Properties.LifecycleConfiguration?.Rules ?? [];
    const [documents] = resourcesOf(template(schoolId), 'AWS::S3::Bucket').filter(([, bucket]) =>
      rulesOf(bucket).some((rule) => rule.Prefix === documentPrefixes.pendingUploads.prefix),
    );
    expect(documents, 'the documents bucket').toBeDefined();
    const rules = rulesOf(documents?.[1]);
    expect(rules).toContainEqual(
      expect.objectContaining({ Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' }),
    );
    // Pending uploads of messages and of work groups both live under uploads/.
    expect(pendingUploadKey('messages', 'p', 'f')).toMatch(/^uploads\//);
    expect(pendingUploadKey('work-groups', 'g', 'd')).toMatch(/^uploads\//);
    const attachmentRules = rules.filter((rule) => rule.Prefix === messageAttachments.prefix);
    for (const keepDays of messageAttachmentSteps)
      expect(attachmentRules).toContainEqual(
        expect.objectContaining({
          ExpirationInDays: keepDays,
          TagFilters: [{ Key: messageAttachments.tagKey, Value: String(keepDays) }],
          Status: 'Enabled',
        }),
      );
    expect(attachmentRules).toContainEqual(
      expect.objectContaining({ ExpirationInDays: messageAttachments.longestDays, Status: 'Enabled' }),
    );
    expect(attachmentRules.find((rule) => !rule.TagFilters)?.ExpirationInDays).toBe(
      messageAttachments.longestDays,
    );
  });

  it('routes every entry of the route table to its function, behind the user pool unless public', () => {
    const tpl = template(schoolId);
    const found = routesOf(schoolId);
    expect(found).toHaveLength(routes.length);
    const [apiId] = Object.keys(tpl.findResources('AWS::ApiGatewayV2::Api'));
    const [authorizerId] = Object.keys(tpl.findResources('AWS::ApiGatewayV2::Authorizer'));
    for (const route of routes) {
      const routeKey = `${route.method} ${route.path}`;
      const matches = found.filter(({ properties }) => properties.RouteKey === routeKey);
      expect(matches, routeKey).toHaveLength(1);
      const [{ stack, properties }] = matches as [(typeof found)[number]];
      // Each module's routes in the stack route-stacks.ts gives it, on the school's API.
      expect(stack.name, routeKey).toBe(`Routes${routeStackOf(route.module)}`);
      expect(stack.parameters[properties.ApiId.Ref], routeKey).toEqual({ Ref: apiId });
      if (route.access === 'public') {
        expect(properties.AuthorizationType, routeKey).toBe('NONE');
        expect(properties.AuthorizerId, routeKey).toBeUndefined();
      } else {
        expect(properties.AuthorizationType, routeKey).toBe('JWT');
        expect(stack.parameters[properties.AuthorizerId.Ref], routeKey).toEqual({ Ref: authorizerId });
      }
      // Its integration calls the function of its service, passed by the school stack.
      const [, [, integrationRef]] = properties.Target['Fn::Join'];
      const integration = stack.template.toJSON().Resources[integrationRef.Ref];
      expect(integration.Properties.IntegrationType, routeKey).toBe('AWS_PROXY');
      const { logicalId } = functionOf(tpl, functionOfRoute(route), schoolId);
      expect(stack.parameters[integration.Properties.IntegrationUri.Ref], routeKey).toEqual({
        'Fn::GetAtt': [logicalId, 'Arn'],
      });
    }
    tpl.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: Match.anyValue(), Audience: [Match.anyValue()] },
    });
  });

  it('leaves public only health, the API document, signing in and out, password reset, activation and a client’s quote link: every other route needs a token', () => {
    const publicRoutes = routesOf(schoolId)
      .filter(({ properties }) => properties.AuthorizationType !== 'JWT')
      .map(({ properties }) => properties.RouteKey)
      .sort();
    expect(publicRoutes).toEqual(
      [
        'GET /api/health',
        'GET /api/openapi.json',
        'POST /api/session',
        'POST /api/session/refresh',
        'DELETE /api/session',
        'POST /api/session/forgot-password',
        'POST /api/session/reset-password',
        'POST /api/activation',
        // S2: the client's link to a quote, no account (an unguessable token in the path).
        'GET /api/sales/offers/{token}',
        'POST /api/sales/offers/{token}/accept',
        'POST /api/sales/offers/{token}/refuse',
        'GET /api/sales/offers/{token}/pdf',
        'GET /api/sales/offers/{token}/agreement/pdf',
      ].sort(),
    );
  });

  it('keeps the API, its stage, authorizer and access logs in the school stack, its routes in nested stacks', () => {
    const tpl = template(schoolId);
    tpl.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    tpl.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    tpl.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    tpl.resourceCountIs('AWS::ApiGatewayV2::Route', 0);
    tpl.resourceCountIs('AWS::ApiGatewayV2::Integration', 0);
    tpl.resourceCountIs('AWS::CloudFormation::Stack', routeStackNames.length);
    const stacks = routeStacks.get(schoolId) ?? [];
    expect(stacks.map(({ name }) => name).sort()).toEqual(
      routeStackNames.map((name) => `Routes${name}`).sort(),
    );
    // The nested stacks refer to the school stack through their parameters only; it never refers to them.
    expect(JSON.stringify(tpl.toJSON())).not.toMatch(/Outputs\.|NestedStack[^"]*\.Outputs/);
    for (const { template: nested } of stacks) {
      expect(nested.toJSON().Outputs ?? {}).toEqual({});
      nested.resourceCountIs('AWS::ApiGatewayV2::Api', 0);
    }
  });

  it('has cdk-nag check the nested stacks too: each public route carries the reason it is public', () => {
    const publicRoutes = routesOf(schoolId).filter(
      ({ properties }) => properties.AuthorizationType === 'NONE',
    );
    expect(publicRoutes.length).toBeGreaterThan(0);
    for (const { stack, logicalId, properties } of publicRoutes) {
      const metadata = stack.template.toJSON().Resources[logicalId].Metadata;
      expect(metadata?.cdk_nag?.rules_to_suppress, properties.RouteKey).toContainEqual({
        id: 'AwsSolutions-APIG4',
        reason: expect.stringContaining('is public in the route table'),
      });
    }
  });

  it.each(schoolIds)(
    '%s has its own user pool, and its one authorizer trusts only that pool and client',
    (id) => {
      const tpl = template(id);
      tpl.resourceCountIs('AWS::Cognito::UserPool', 1);
      tpl.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
      const [poolId] = Object.keys(tpl.findResources('AWS::Cognito::UserPool'));
      const [clientId] = Object.keys(tpl.findResources('AWS::Cognito::UserPoolClient'));
      const [authorizer] = Object.values(tpl.findResources('AWS::ApiGatewayV2::Authorizer'));
      const { Issuer, Audience } = authorizer?.Properties.JwtConfiguration ?? {};
      expect(JSON.stringify(Issuer)).toContain(`"Ref":"${poolId}"`);
      expect(Audience).toEqual([{ Ref: clientId }]);
    },
  );

  it('logs API requests to a log group with bounded retention', () => {
    const tpl = template(schoolId);
    const [stage] = resourcesOf(tpl, 'AWS::ApiGatewayV2::Stage');
    const logGroupId = stage?.[1].Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(tpl.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('lets nobody sign up: strong passwords, one client for the web app', () => {
    const tpl = template(schoolId);
    tpl.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true, RequireNumbers: true }),
      },
    });
    tpl.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    tpl.hasResourceProperties('AWS::Cognito::UserPoolClient', { GenerateSecret: false });
  });

  it('mails the code of a forgotten password in French, from the school’s address through SES', () => {
    const tpl = template('lycee-moliere');
    tpl.hasResourceProperties('AWS::Cognito::UserPool', {
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      VerificationMessageTemplate: Match.objectLike({
        DefaultEmailOption: 'CONFIRM_WITH_CODE',
        EmailSubject: 'Préau : votre code pour choisir un nouveau mot de passe',
        EmailMessage: Match.stringLikeRegexp('nouveau mot de passe.*\\{####\\}'),
      }),
      EmailConfiguration: Match.objectLike({
        EmailSendingAccount: 'DEVELOPER',
        // « Préau · Lycée Molière », encoded for a mail header.
        From: '=?UTF-8?B?UHLDqWF1IMK3IEx5Y8OpZSBNb2xpw6hyZQ==?= <ne-pas-repondre@lycee-moliere.fr>',
      }),
    });
    // A school with no address of its own, and no authority address in the context: Cognito's own sender.
    template('conservatoire-ravel').hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
    });
    // The reset route writes the directory's address on the account before Cognito mails it.
    const { properties } = functionOf(template('lycee-moliere'), 'api/identity', 'lycee-moliere');
    expect(actionsOf(template('lycee-moliere'), properties)).toContain(
      'cognito-idp:AdminUpdateUserAttributes',
    );
  });

  it('gives every bus rule its exact pattern and a target with retries and a dead-letter queue', () => {
    const tpl = template(schoolId);
    for (const rule of eventRules) {
      const { logicalId } = functionOf(tpl, rule.target.handler, schoolId);
      tpl.hasResourceProperties('AWS::Events::Rule', {
        Name: rule.name,
        EventBusName: Match.anyValue(),
        EventPattern: Match.exact(rule.pattern),
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [logicalId, 'Arn'] },
            DeadLetterConfig: { Arn: Match.anyValue() },
            RetryPolicy: {
              MaximumRetryAttempts: Match.anyValue(),
              MaximumEventAgeInSeconds: Match.anyValue(),
            },
          }),
        ],
      });
    }
    tpl.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });

  it('sends what a bus target’s function fails on, after Lambda’s retries, to its rule’s dead-letter queue', () => {
    const tpl = template(schoolId);
    const targets = [
      ...eventRules.map((rule) => ({
        handler: rule.target.handler,
        type: 'AWS::Events::Rule',
        description: rule.description,
      })),
      ...scheduledRules.map((rule) => ({
        handler: rule.target.handler,
        type: 'AWS::Scheduler::Schedule',
        description: rule.description,
      })),
    ];
    for (const { handler, type, description } of targets) {
      const { logicalId } = functionOf(tpl, handler, schoolId);
      const [, target] =
        resourcesOf(tpl, type).find(([, resource]) => resource.Properties.Description === description) ?? [];
      // The queue where EventBridge puts what it could not deliver (a rule's targets, or a schedule's target).
      const deliveryDeadLetters = [target?.Properties.Targets ?? target?.Properties.Target].flat()[0]
        ?.DeadLetterConfig.Arn;
      expect(deliveryDeadLetters, description).toBeDefined();
      tpl.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: logicalId },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: deliveryDeadLetters } },
      });
    }
  });

  it('runs every function on nodejs22.x, arm64, traced, with bounded log retention', () => {
    const tpl = template(schoolId);
    for (const handler of handlers) {
      const { properties } = functionOf(tpl, handler, schoolId);
      expect(properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 512,
        TracingConfig: { Mode: 'Active' },
        Environment: { Variables: expect.objectContaining({ [functionEnvironment.schoolId]: schoolId }) },
      });
      const logGroupId = properties.LoggingConfig.LogGroup.Ref;
      expect(tpl.toJSON().Resources[logGroupId].Properties.RetentionInDays, handler).toBeGreaterThan(0);
    }
  });

  it('grants each function what its needs declare and nothing else', () => {
    const tpl = template(schoolId);
    for (const { handler, needs } of functionDefinitions) {
      const { properties } = functionOf(tpl, handler, schoolId);
      const actions = actionsOf(tpl, properties);
      const variables = properties.Environment.Variables;
      expect(actions.includes('dynamodb:Query'), `${handler} reads the table`).toBe(
        needs.table !== undefined,
      );
      expect(actions.includes('dynamodb:PutItem'), `${handler} writes the table`).toBe(
        needs.table === 'readWrite',
      );
      expect(actions.includes('events:PutEvents'), `${handler} publishes`).toBe(needs.bus === 'publish');
      expect(functionEnvironment.tableName in variables, handler).toBe(needs.table !== undefined);
      expect(functionEnvironment.busName in variables, handler).toBe(needs.bus !== undefined);
      expect(
        actions.some((action: string) => action.startsWith('s3:')),
        handler,
      ).toBe(needs.documents !== undefined || needs.site !== undefined);
      expect(
        actions.some((action: string) => action.startsWith('cognito-idp:')),
        `${handler} manages accounts`,
      ).toBe(needs.identity === 'accounts');
      expect(functionEnvironment.userPoolId in variables, handler).toBe(needs.identity === 'accounts');
      expect(functionEnvironment.userPoolClientId in variables, handler).toBe(needs.identity !== undefined);
      expect(functionEnvironment.originVerify in variables, handler).toBe(needs.viewerAddress === 'read');
    }
  });

  it('sends the API the school’s origin secret from CloudFront, and gives it to the functions that read the viewer’s address, never in the template', () => {
    const tpl = template(schoolId);
    const [[secretId, secret]] = resourcesOf(tpl, 'AWS::SecretsManager::Secret') as [[string, Json]];
    expect(secretId).toMatch(/^OriginVerifySecret/);
    // Generated by Secrets Manager at the first deploy: no value in the template.
    expect(secret.Properties).toMatchObject({ GenerateSecretString: { PasswordLength: 48 } });
    expect(secret.Properties.SecretString).toBeUndefined();
    const dynamicReference = {
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
    };
    const [[, distribution]] = resourcesOf(tpl, 'AWS::CloudFront::Distribution') as [[string, Json]];
    const apiOrigin = distribution.Properties.DistributionConfig.Origins.find(
      (origin: Json) => origin.CustomOriginConfig !== undefined,
    );
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('.execute-api.');
    expect(apiOrigin.OriginCustomHeaders).toEqual([
      { HeaderName: 'x-origin-verify', HeaderValue: dynamicReference },
    ]);
    // Every route that counts guesses per address runs in a function that holds the same reference.
    const readers = functionDefinitions.filter(({ needs }) => needs.viewerAddress === 'read');
    expect(readers.map(({ handler }) => handler)).toEqual(['api/identity']);
    for (const { handler } of readers) {
      const { properties } = functionOf(tpl, handler, schoolId);
      expect(properties.Environment.Variables[functionEnvironment.originVerify]).toEqual(dynamicReference);
    }
    for (const handler of [
      'identity/sign-in',
      'identity/activate-account',
      'identity/request-password-reset',
      'identity/reset-password',
    ]) {
      const route = routes.find((candidate) => candidate.handler === handler);
      expect(route?.needs.viewerAddress, handler).toBe('read');
    }
  });

  it('serves the web app from app/ through OAC and /api/* from the HTTP API, never cached', () => {
    const tpl = template(schoolId);
    tpl.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          ResponseHeadersPolicyId: sharedRef(tpl, 'webAppHeaders'),
          FunctionAssociations: [
            { EventType: 'viewer-request', FunctionARN: sharedRef(tpl, 'webAppRewrite') },
          ],
        }),
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({
            PathPattern: '/api/*',
            ViewerProtocolPolicy: 'https-only',
            AllowedMethods: Match.arrayWith(['GET', 'PUT', 'PATCH', 'POST', 'DELETE']),
            CachePolicyId: sharedRef(tpl, 'apiCache'),
            Compress: true,
            OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
            // The API says what it needs in its answers (no-store): no page policy on JSON.
            ResponseHeadersPolicyId: ResponseHeadersPolicy.SECURITY_HEADERS.responseHeadersPolicyId,
            // Only to tell the API the address the viewer used (feed links).
            FunctionAssociations: [
              { EventType: 'viewer-request', FunctionARN: sharedRef(tpl, 'forwardedHost') },
            ],
          }),
        ]),
        Origins: Match.arrayWith([
          Match.objectLike({ OriginPath: '/app', OriginAccessControlId: Match.anyValue() }),
          Match.objectLike({
            DomainName: { 'Fn::Join': ['', Match.arrayWith(['.execute-api.'])] },
            CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: 'https-only' }),
          }),
        ]),
        Logging: Match.objectLike({ Bucket: Match.anyValue() }),
      }),
    });
    // index.html and the worker revalidated at every visit; the hashed assets kept a year, and those of older
    // builds left for tabs opened before a deploy.
    tpl.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: 'app/',
      DistributionPaths: ['/*'],
      Exclude: ['assets/*'],
      Prune: true,
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
    tpl.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: 'app/',
      Exclude: ['*'],
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
  });

  it('serves the service worker from app/ uncached, so that a deploy reaches installed portals at once', () => {
    template(schoolId).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({
            PathPattern: '/sw.js',
            ViewerProtocolPolicy: 'redirect-to-https',
            CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
            ResponseHeadersPolicyId: sharedRef(template(schoolId), 'webAppHeaders'),
          }),
        ]),
      }),
    });
  });
});

describe('the CloudFront parts shared by every school', () => {
  // An account holds 100 CloudFront Functions, 20 cache policies and 20 response headers policies: one of each
  // per school would stop an authority's deploys at its 21st school.
  const sharedTypes = [
    'AWS::CloudFront::Function',
    'AWS::CloudFront::CachePolicy',
    'AWS::CloudFront::ResponseHeadersPolicy',
  ];

  it('are made once, in their own stack, and no school stack makes any', () => {
    sharedEdge.resourceCountIs('AWS::CloudFront::Function', 3);
    sharedEdge.resourceCountIs('AWS::CloudFront::CachePolicy', 1);
    sharedEdge.resourceCountIs('AWS::CloudFront::ResponseHeadersPolicy', 2);
    for (const schoolId of schoolIds)
      for (const type of sharedTypes) template(schoolId).resourceCountIs(type, 0);
    // Each id is published in SSM, where every school stack reads it when it deploys: no export pins them.
    for (const parameterName of Object.values(sharedEdgeParameters))
      sharedEdge.hasResourceProperties('AWS::SSM::Parameter', { Name: parameterName, Type: 'String' });
    expect(Object.keys(sharedEdge.toJSON().Outputs ?? {}).filter((id) => /Export/.test(id))).toEqual([]);
    for (const schoolId of schoolIds)
      expect(JSON.stringify(template(schoolId).toJSON())).not.toContain('Fn::ImportValue');
  });

  it('name no school, and every school uses the same ones', () => {
    const text = JSON.stringify(sharedEdge.toJSON());
    for (const schoolId of schoolIds) expect(text).not.toContain(schoolId);
    for (const part of Object.keys(sharedEdgeParameters) as (keyof typeof sharedEdgeParameters)[])
      for (const schoolId of schoolIds) sharedRef(template(schoolId), part);
  });

  it('are deployed before the schools that read them', () => {
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    for (const schoolId of schoolIds)
      expect(manifest.artifacts[schoolStackName(schoolId)].dependencies).toContain(sharedEdgeStackName);
  });

  it('compress the API’s answers at the edge and never keep them', () => {
    // The API's answers compressed (CloudFront compresses only under a cache policy that could keep them), never
    // kept: the minimum and default TTLs are 0, and the API says no-store.
    sharedEdge.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        MinTTL: 0,
        DefaultTTL: 0,
        MaxTTL: 1,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] },
          CookiesConfig: { CookieBehavior: 'all' },
          QueryStringsConfig: { QueryStringBehavior: 'all' },
        }),
      }),
    });
  });

  it('send the portal a Content-Security-Policy that holds for every build: no hash, nothing read from the web app', () => {
    const [, policy] = Object.entries(
      sharedEdge.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    ).find(([id]) => id.startsWith('WebAppHeaders')) as [string, Json];
    const config = policy.Properties.ResponseHeadersPolicyConfig;
    // The policy names the region's S3 hosts (uploads and photos), so it is a join with the region.
    const csp = JSON.stringify(config.SecurityHeadersConfig.ContentSecurityPolicy);
    // Inline code as index.html's own <meta> policy narrows it to its hashes (test/unit/shell/web-build.test.ts):
    // a hash here would tie every school to the last build, and refuse the page of a school not yet redeployed.
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).not.toMatch(/sha(256|384|512)-|nonce-|unsafe-eval/);
    // The shared stack, made with no web app at all, is the same: nothing in it depends on a build.
    const alone = Template.fromStack(new SharedEdgeStack(new App())).toJSON();
    expect(alone).toEqual(sharedEdge.toJSON());
    for (const directive of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ])
      expect(csp).toContain(directive);
    expect(config.SecurityHeadersConfig).toMatchObject({
      ContentSecurityPolicy: { Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true },
    });
  });
});

describe('shared plannings', () => {
  const schoolId = schoolIds[0] as string;
  it('serves feeds from the site bucket to signed URLs of the school key group only, uncompressed, running no function, and never from a cached copy', () => {
    const tpl = template(schoolId);
    tpl.resourceCountIs('AWS::CloudFront::KeyGroup', 1);
    tpl.hasResourceProperties('AWS::CloudFront::PublicKey', {
      PublicKeyConfig: Match.objectLike({ EncodedKey: Match.stringLikeRegexp('BEGIN PUBLIC KEY') }),
    });
    tpl.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          // The revocation check: no copy at the edge, every request reads the bucket, where a revoked feed's
          // file and a mini-site's pages are deleted; so nothing stale is served once a revocation has answered.
          Match.objectLike({
            PathPattern: '/s/*',
            TrustedKeyGroups: Match.absent(),
            CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
            ResponseHeadersPolicyId: sharedRef(tpl, 'sharedFilesHeaders'),
            FunctionAssociations: [
              { EventType: 'viewer-request', FunctionARN: sharedRef(tpl, 'miniSiteIndex') },
            ],
          }),
          Match.objectLike({
            PathPattern: '/feeds/*',
            Compress: false,
            TrustedKeyGroups: [Match.anyValue()],
            ResponseHeadersPolicyId: sharedRef(tpl, 'sharedFilesHeaders'),
            CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
            FunctionAssociations: Match.absent(),
            LambdaFunctionAssociations: Match.absent(),
            AllowedMethods: Match.absent(),
          }),
        ]),
        Origins: Match.arrayWith([
          Match.objectLike({ OriginPath: Match.absent(), OriginAccessControlId: Match.anyValue() }),
        ]),
      }),
    });
  });

  it('lets a calendar app’s conditional request reach the bucket, which answers 304 itself', () => {
    // CloudFront forwards If-None-Match and If-Modified-Since to the origin on its own (an origin request policy may
    // not even list them), unless the behaviour forwards cookies, which turns conditional requests off. So the feeds'
    // behaviour keeps no cache and forwards no cookie: no origin request policy, no legacy forwarded values.
    template(schoolId).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({
            PathPattern: '/feeds/*',
            CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
            OriginRequestPolicyId: Match.absent(),
            ForwardedValues: Match.absent(),
          }),
        ]),
      }),
    });
  });

  it('rolls the daily bulletins every morning at 05:00 in the school’s zone, across summer time', () => {
    template(schoolId).hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 5 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      Target: Match.objectLike({ RetryPolicy: Match.anyValue(), DeadLetterConfig: Match.anyValue() }),
    });
  });

  it('gives the sharing function the signing key id and read access to its secret only', () => {
    const tpl = template(schoolId);
    tpl.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^api/sharing of '),
      Environment: {
        Variables: Match.objectLike({
          FEED_KEY_PAIR_ID: Match.anyValue(),
          FEED_SIGNING_KEY_SECRET: `preau/${schoolId}/feed-signing-key`,
        }),
      },
    });
    const readers = Object.values(tpl.findResources('AWS::IAM::Policy')).filter(
      (policy) =>
        JSON.stringify(policy).includes('secretsmanager:GetSecretValue') &&
        JSON.stringify(policy).includes('feed-signing-key'),
    );
    expect(readers).toHaveLength(1);
  });

  it('gives the school’s VAPID keys to the notifications function and the notifying targets only', () => {
    const tpl = template(schoolId);
    const readers = Object.values(tpl.findResources('AWS::IAM::Policy')).filter(
      (policy) =>
        JSON.stringify(policy).includes('secretsmanager:GetSecretValue') &&
        JSON.stringify(policy).includes('push-keys'),
    );
    // api/notifications, and the bus targets notify-people, release-held-notifications, send-notification-digests,
    // follow-absences (guardians told of an absence), remind-overdue-loans (a late instrument's reminders) and
    // on-loan-decided (the borrower told of a decision).
    expect(readers).toHaveLength(7);
    tpl.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: `preau-${schoolId}` });
    tpl.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.objectLike({
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received'],
      }),
    });
  });
});

describe('the authority stack', () => {
  it('keeps a private, logged, versioned bucket for exports', () => {
    authority.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
    });
    authority.hasResourceProperties('AWS::SSM::Parameter', { Name: '/preau/authority/exports-bucket' });
  });
});

describe('what each function is given', () => {
  it.each(handlers)('%s loads with exactly the variables its stack sets, and no other', (handler) => {
    const { properties } = functionOf(template('lycee-moliere'), handler, 'lycee-moliere');
    const variables = Object.fromEntries(
      Object.keys(properties.Environment.Variables).map((name) => [name, `value-of-${name}`]),
    );
    const bundle = join(functionBundlePath(handler), 'index.mjs');
    const loaded = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(bundle)})`],
      {
        env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-3', ...variables },
        encoding: 'utf8',
      },
    );
    const missing = /Environment variable \w+ is not set/.exec(loaded.stderr)?.[0];
    expect(missing).toBeUndefined();
    expect(loaded.status, loaded.stderr.split('\n').slice(-3).join('\n').slice(0, 500)).toBe(0);
  });

  it('api/platform answers GET /api/health through its route dispatch, as deployed', () => {
    const { properties } = functionOf(template('lycee-moliere'), 'api/platform', 'lycee-moliere');
    const bundle = join(functionBundlePath('api/platform'), 'index.mjs');
    const call =
      `const { handler } = await import(${JSON.stringify(bundle)});` +
      "const answer = await handler({ routeKey: 'GET /api/health', headers: {}, requestContext: {} }, {});" +
      'console.log(JSON.stringify(answer));';
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', call], {
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-3', ...properties.Environment.Variables },
      encoding: 'utf8',
    });
    const answer = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(answer.statusCode, run.stderr.slice(0, 500)).toBe(200);
    expect(JSON.parse(answer.body).school.id).toBe('lycee-moliere');
  });

  it('api/platform answers GET /api/openapi.json with the document of every route, as deployed', () => {
    const { properties } = functionOf(template('lycee-moliere'), 'api/platform', 'lycee-moliere');
    const bundle = join(functionBundlePath('api/platform'), 'index.mjs');
    const call =
      `const { handler } = await import(${JSON.stringify(bundle)});` +
      "const answer = await handler({ routeKey: 'GET /api/openapi.json', headers: {}, requestContext: {} }, {});" +
      'console.log(JSON.stringify({ statusCode: answer.statusCode, paths: Object.keys(JSON.parse(answer.body).paths) }));';
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', call], {
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-3', ...properties.Environment.Variables },
      encoding: 'utf8',
    });
    const answer = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(answer.statusCode, run.stderr.slice(0, 500)).toBe(200);
    expect(answer.paths).toEqual([...new Set(routes.map(({ path }) => path))]);
  });
});

describe('the outbox', () => {
  it.each(schoolIds)(
    '%s: the table streams new images to the relay, filtered to outbox items, with a DLQ',
    (id) => {
      const tpl = template(id);
      tpl.hasResourceProperties('AWS::DynamoDB::Table', {
        StreamSpecification: { StreamViewType: schoolTable.streamView },
      });
      const relay = functionOf(tpl, outboxRelay.handler, id);
      tpl.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: relay.logicalId },
        EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
        StartingPosition: 'TRIM_HORIZON',
        BisectBatchOnFunctionError: true,
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify(outboxRelay.filter) }] },
        DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      });
    },
  );
});

describe('the edge shield', () => {
  it('is one CloudFront web ACL, in us-east-1, for every school', () => {
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.artifacts[edgeShieldStackName].environment).toMatch(/\/us-east-1$/);
    edgeShield.resourceCountIs('AWS::WAFv2::WebACL', 1);
    edgeShield.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
    });
    for (const schoolId of schoolIds) {
      const [distribution] = resourcesOf(template(schoolId), 'AWS::CloudFront::Distribution');
      expect(distribution?.[1].Properties.DistributionConfig.WebACLId).toBe(edgeWebAclArn);
    }
  });

  it('answers 429 to an address that floods sign-in or activation of one school, and counts nothing else', () => {
    const [[, webAcl]] = resourcesOf(edgeShield, 'AWS::WAFv2::WebACL') as [[string, Json]];
    const [rule] = webAcl.Properties.Rules as Json[];
    expect(rule.Action.Block.CustomResponse.ResponseCode).toBe(429);
    const body =
      webAcl.Properties.CustomResponseBodies[rule.Action.Block.CustomResponse.CustomResponseBodyKey];
    expect(JSON.parse(body.Content).error).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 300,
    });
    const rate = rule.Statement.RateBasedStatement;
    expect(rate.AggregateKeyType).toBe('CUSTOM_KEYS');
    expect(rate.CustomKeys).toEqual([{ IP: {} }, { Header: expect.objectContaining({ Name: 'host' }) }]);
    const [method, routes] = rate.ScopeDownStatement.AndStatement.Statements as Json[];
    expect(method.ByteMatchStatement).toMatchObject({ SearchString: 'POST', FieldToMatch: { Method: {} } });
    expect(
      routes.OrStatement.Statements.map(({ ByteMatchStatement }: Json) => ByteMatchStatement.SearchString),
    ).toEqual(shieldedRoutes);
    // Refreshing a session happens at every page load: a school's crowd must never be shielded out of it.
    expect(shieldedRoutes).not.toContain('/api/session/refresh');
    expect(shieldedRoutes).toEqual(
      expect.arrayContaining(['/api/session/forgot-password', '/api/session/reset-password']),
    );
  });
});
