import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunctions } from '#infra/build/bundle-functions';
import { bindNeeds } from '#infra/constructs/bind';
import { FeedKeys } from '#infra/constructs/feed-keys';
import { PreauFunction } from '#infra/constructs/preau-function';
import { SchoolData } from '#infra/constructs/school-data';
import { SchoolIdentity } from '#infra/constructs/school-identity';
import { SchoolNotifications } from '#infra/constructs/school-notifications';
import { functionEnvironment } from '#infra/definitions/environment';
import { unresolvedNagFindings } from './nag-report';

let outdir: string;
let template: Template;

const bucketRef = (template: Template, idPrefix: string) => {
  const [logicalId] = Object.keys(template.findResources('AWS::S3::Bucket')).filter((id) =>
    id.startsWith(idPrefix),
  );
  return { 'Fn::GetAtt': [logicalId, 'Arn'] };
};

/** A function that needs every kind of resource but the bus: documents it writes, the site it reads, accounts. */
beforeAll(async () => {
  await bundleFunctions();
  outdir = mkdtempSync(join(tmpdir(), 'preau-bind-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'Bind');
  const data = new SchoolData(stack, 'Data');
  const fn = new PreauFunction(stack, 'Reader', {
    handler: 'api/identity',
    description: 'binding under test',
    environment: {},
    timeout: Duration.seconds(10),
  });
  const school = {
    id: 'bind',
    displayName: 'Bind',
    kind: 'school',
    timeZone: 'Europe/Paris',
    locale: 'fr-FR',
  } as const;
  const identity = new SchoolIdentity(stack, 'Identity', { school });
  const feedKeys = new FeedKeys(stack, 'FeedKeys', { school });
  const notifications = new SchoolNotifications(stack, 'Notifications', { school });
  bindNeeds(
    fn,
    { table: 'read', documents: 'readWrite', site: 'read', identity: 'accounts' },
    { ...data, identity, feedKeys, queues: new Map(), notifications, originVerify: 'origin-verify-of-bind' },
  );
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
  template = Template.fromStack(stack);
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('bindNeeds', () => {
  it("puts the name of each resource it grants in the function's environment, and no other", () => {
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(Object.keys(fn?.Properties.Environment.Variables).sort()).toEqual(
      [
        // Every function's own, set by PreauFunction: its name in its log lines.
        functionEnvironment.serviceName,
        functionEnvironment.tableName,
        functionEnvironment.documentsBucket,
        functionEnvironment.siteBucket,
        functionEnvironment.userPoolId,
        functionEnvironment.userPoolClientId,
      ].sort(),
    );
  });

  it('grants the admin calls of the activation on its own user pool only', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const cognito = statements.filter(({ Action }) =>
      [Action].flat().some((action) => action.startsWith('cognito')),
    );
    expect(cognito).toHaveLength(1);
    expect([cognito[0]?.Action].flat().sort()).toEqual([
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminDeleteUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminSetUserPassword',
      'cognito-idp:AdminUpdateUserAttributes',
    ]);
    expect(JSON.stringify(cognito[0]?.Resource)).toMatch(/IdentityUsers.*Arn/);
  });

  it('grants object actions by name, on the objects of the bound bucket only', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const actionsOn = (resource: unknown) =>
      statements
        .filter((statement) => JSON.stringify(statement.Resource) === JSON.stringify(resource))
        .flatMap(({ Action }) => [Action].flat())
        .sort();
    const objectsOf = (prefix: string) => ({ 'Fn::Join': ['', [bucketRef(template, prefix), '/*']] });

    expect(actionsOn(objectsOf('DataDocuments'))).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:PutObject',
    ]);
    expect(actionsOn(objectsOf('DataSite'))).toEqual(['s3:GetObject']);
    expect(actionsOn(bucketRef(template, 'DataSite'))).toEqual(['s3:ListBucket']);
    expect(
      statements.flatMap(({ Action }) => [Action].flat()).filter((action) => action.includes('*')),
    ).toEqual([]);
  });

  it('leaves no unacknowledged cdk-nag finding: each wildcard is named with its reason', () => {
    expect(unresolvedNagFindings(outdir)).toEqual([]);
  });
});
