import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestedStack, Stack } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutesContextKey, type BuildAppOptions, buildApp } from '#infra/app';
import { bundleFunctions } from '#infra/build/bundle-functions';
import { functionDefinitions, functionOfRoute } from '#infra/definitions/functions';
import { routes } from '#infra/definitions/routes/index';
import { routeStackNames, routeStackOf } from '#infra/definitions/routes/route-stacks';
import type { Registry } from '#infra/tenants/tenant';

/**
 * CloudFormation takes 500 resources a stack at most, nested stacks included. School life and the homework book
 * brought a school to 410 (139 routes, each an API Gateway route); the API's routes, their integrations and Lambda
 * permissions then moved to nested stacks of the school (`infra/definitions/routes/route-stacks.ts`), which
 * brought it back to 236 and leaves each route stack between 50 and 70.
 *
 * A new module adds to the school stack four resources per function of its own (function, role, policy, log group)
 * and two or three per bus rule or work queue; to its route stack, one per route plus two per function
 * (integration and permission). The roll call's first eleven routes, with its bus targets and queue, cost the school
 * stack 23 and the SchoolLife route stack 13. At 350, the school stack has room for four modules like it, each
 * route stack for ten; past that, one log group per school saves some forty resources here, and a new route stack
 * for new modules costs one, before raising this.
 */
const resourceBudget = 350;

const registry: Registry = {
  schools: [
    {
      id: 'lycee-moliere',
      displayName: 'Lycée Molière',
      kind: 'school',
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
    },
  ],
};

// biome-ignore lint/suspicious/noExplicitAny: a synthesized template is untyped JSON, read by path in assertions
type Resources = Record<string, { Type: string; Properties?: any }>;

let workDirectory: string;
let appOptions: (outdir: string) => BuildAppOptions;
/** Every stack of the app, nested stacks after their parent (`Preau-School-x/RoutesCore`). */
let stacks: { name: string; nested: boolean; resources: Resources }[];

/**
 * Bundling every function and synthesizing the app (with its nested route stacks, and cdk-nag) takes half a minute
 * on a quiet machine and passed the default two minutes on the 2-core one shared by six test runs.
 */
const synthesisTimeout = 300_000;

beforeAll(async () => {
  await bundleFunctions();
  workDirectory = mkdtempSync(join(tmpdir(), 'preau-resources-'));
  const webDirectory = join(workDirectory, 'web');
  mkdirSync(webDirectory);
  writeFileSync(join(webDirectory, 'index.html'), '<!doctype html><title>Préau</title>');
  const feedKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
    type: 'spki',
    format: 'pem',
  });
  appOptions = (outdir) => ({
    registry,
    outdir: join(workDirectory, outdir),
    webDirectory,
    feedPublicKeys: () => [{ name: '2026-09-01', pem: String(feedKey) }],
    edgeWebAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/preau-edge-shield/1a2b3c4d',
    // Counting resources needs no cdk-nag; test/infra/school-stacks.test.ts runs it.
    nag: false,
  });
  const app = buildApp(appOptions('cdk.out'));
  const assembly = app.synth();
  stacks = app.node.children.filter(Stack.isStack).flatMap((stack) => [
    {
      name: stack.stackName,
      nested: false,
      resources: assembly.getStackByName(stack.stackName).template.Resources as Resources,
    },
    ...stack.node
      .findAll()
      .filter(NestedStack.isNestedStack)
      .map((nested) => ({
        name: `${stack.stackName}/${nested.node.id}`,
        nested: true,
        resources: JSON.parse(readFileSync(join(assembly.directory, nested.templateFile), 'utf8'))
          .Resources as Resources,
      })),
  ]);
}, synthesisTimeout);

afterAll(() => {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

const countByType = (resources: Resources) => {
  const counts = new Map<string, number>();
  for (const { Type } of Object.values(resources)) counts.set(Type, (counts.get(Type) ?? 0) + 1);
  return [...counts].sort(([, a], [, b]) => b - a);
};

describe('the size of each stack', () => {
  it(`keeps every stack of the app at ${resourceBudget} resources or fewer (CloudFormation's limit: 500)`, () => {
    for (const { name, resources } of stacks) {
      const top = countByType(resources)
        .slice(0, 6)
        .map(([type, count]) => `${count} ${type.replace('AWS::', '')}`)
        .join(', ');
      console.log(`${name}: ${Object.keys(resources).length} resources (${top}, …)`);
    }
    expect(stacks.filter(({ nested }) => !nested).length).toBeGreaterThanOrEqual(3);
    expect(stacks.filter(({ nested }) => nested)).toHaveLength(routeStackNames.length);
    const over = stacks.filter(({ resources }) => Object.keys(resources).length > resourceBudget);
    expect(over.map(({ name, resources }) => `${name}: ${Object.keys(resources).length}`)).toEqual([]);
  });

  it('lets API Gateway call each function through one permission for the whole API, not one per route', () => {
    const school = stacks.find(({ resources }) =>
      Object.values(resources).some(({ Type }) => Type === 'AWS::ApiGatewayV2::Api'),
    );
    const routeStacks = stacks.filter(({ name }) => school && name.startsWith(`${school.name}/`));
    const ofType = (type: string, { resources }: { resources: Resources }) =>
      Object.values(resources).filter(({ Type }) => Type === type);
    const fromApi = (stack: { resources: Resources }) =>
      ofType('AWS::Lambda::Permission', stack).filter(
        ({ Properties }) => Properties.Principal === 'apigateway.amazonaws.com',
      );
    // In the school stack, no route and no permission of the API's: they are in its route stacks.
    expect(school && fromApi(school)).toEqual([]);
    expect(school && ofType('AWS::ApiGatewayV2::Route', school)).toEqual([]);
    for (const stackName of routeStackNames) {
      const stack = routeStacks.find(({ name }) => name.endsWith(`/Routes${stackName}`));
      const itsRoutes = routes.filter(({ module }) => routeStackOf(module) === stackName);
      const itsFunctions = new Set(itsRoutes.map(functionOfRoute));
      expect(stack && fromApi(stack), stackName).toHaveLength(itsFunctions.size);
      expect(stack && ofType('AWS::ApiGatewayV2::Integration', stack), stackName).toHaveLength(
        itsFunctions.size,
      );
      expect(stack && ofType('AWS::ApiGatewayV2::Route', stack), stackName).toHaveLength(itsRoutes.length);
      for (const { Properties } of stack ? fromApi(stack) : []) {
        // arn:…:execute-api:region:account:apiId/*/*/*: any stage, method and path of this school's API only.
        const [, parts] = Properties.SourceArn['Fn::Join'];
        expect(parts.at(-2)).toEqual({ Ref: expect.stringMatching(/HttpApi/) });
        expect(parts.at(-1)).toBe('/*/*/*');
      }
    }
    expect(functionDefinitions.length).toBeGreaterThan(new Set(routes.map(functionOfRoute)).size);
  });

  it('bounds the retention of every log group, and every function of the app writes to one of them', () => {
    for (const { name, resources } of stacks) {
      const logGroups = Object.entries(resources).filter(([, { Type }]) => Type === 'AWS::Logs::LogGroup');
      for (const [logicalId, { Properties }] of logGroups)
        expect(Properties.RetentionInDays, `${name} ${logicalId}`).toBeGreaterThan(0);
      for (const [logicalId, { Type, Properties }] of Object.entries(resources)) {
        if (Type !== 'AWS::Lambda::Function') continue;
        const logGroup = Properties.LoggingConfig?.LogGroup?.Ref;
        expect(
          logGroups.map(([id]) => id),
          `${name} ${logicalId} (${Properties.Description}) writes to a log group of its stack`,
        ).toContain(logGroup);
      }
    }
  });

  it('moves routes between stacks in two deploys: without routes, the school stack keeps its API, stage and authorizer', () => {
    // As `cdk deploy … -c preau:apiRoutes=off` gives it.
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ [apiRoutesContextKey]: 'off' });
    const app = (() => {
      try {
        return buildApp(appOptions('routes-off'));
      } finally {
        delete process.env.CDK_CONTEXT_JSON;
      }
    })();
    const assembly = app.synth();
    const [school] = app.node.children.filter(
      (stack) => Stack.isStack(stack) && stack.stackName.startsWith('Preau-School-'),
    ) as Stack[];
    const withoutRoutes = assembly.getStackByName(school?.stackName ?? '').template.Resources as Resources;
    const withRoutes = stacks.find(({ name }) => name === school?.stackName)?.resources ?? {};
    const idsOf = (resources: Resources, type: string) =>
      Object.entries(resources)
        .filter(([, { Type }]) => Type === type)
        .map(([id]) => id);
    for (const type of [
      'AWS::ApiGatewayV2::Api',
      'AWS::ApiGatewayV2::Stage',
      'AWS::ApiGatewayV2::Authorizer',
      'AWS::Lambda::Function',
      'AWS::CloudFront::Distribution',
    ]) {
      expect(idsOf(withoutRoutes, type), type).toEqual(idsOf(withRoutes, type));
      expect(idsOf(withoutRoutes, type).length, type).toBeGreaterThan(0);
    }
    expect(idsOf(withoutRoutes, 'AWS::CloudFormation::Stack')).toEqual([]);
    expect(Object.keys(withoutRoutes).length).toBe(Object.keys(withRoutes).length - routeStackNames.length);
  });
});
