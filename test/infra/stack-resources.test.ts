import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app';
import { bundleFunctions } from '#infra/build/bundle-functions';
import { functionDefinitions } from '#infra/definitions/functions';
import { routes } from '#infra/definitions/routes/index';
import type { Registry } from '#infra/tenants/tenant';

/**
 * CloudFormation takes 500 resources a stack at most. The budget keeps every stack below it with room for one more
 * module (a handful of routes and a function or two). School life and the homework book brought a school to 410
 * (139 routes, each an API Gateway route): the next module moves the API's routes, integrations and permissions into
 * a nested stack of the school (about 185 resources) rather than raising this again.
 */
const resourceBudget = 450;

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
let stacks: { name: string; resources: Resources }[];

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
  const app = buildApp({
    registry,
    outdir: join(workDirectory, 'cdk.out'),
    webDirectory,
    feedPublicKeys: () => [{ name: '2026-09-01', pem: String(feedKey) }],
    edgeWebAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/preau-edge-shield/1a2b3c4d',
    // Counting resources needs no cdk-nag; test/infra/school-stacks.test.ts runs it.
    nag: false,
  });
  const assembly = app.synth();
  stacks = app.node.children.filter(Stack.isStack).map((stack) => ({
    name: stack.stackName,
    resources: assembly.getStackByName(stack.stackName).template.Resources as Resources,
  }));
});

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
    expect(stacks.length).toBeGreaterThanOrEqual(3);
    const over = stacks.filter(({ resources }) => Object.keys(resources).length > resourceBudget);
    expect(over.map(({ name, resources }) => `${name}: ${Object.keys(resources).length}`)).toEqual([]);
  });

  it('lets API Gateway call each function through one permission for the whole API, not one per route', () => {
    const school = stacks.find(({ resources }) =>
      Object.values(resources).some(({ Type }) => Type === 'AWS::ApiGatewayV2::Api'),
    );
    const resources = Object.values(school?.resources ?? {});
    const fromApi = resources.filter(
      ({ Type, Properties }) =>
        Type === 'AWS::Lambda::Permission' && Properties.Principal === 'apigateway.amazonaws.com',
    );
    const apiFunctions = new Set(routes.map(({ service }) => `api/${service}`));
    expect(fromApi).toHaveLength(apiFunctions.size);
    for (const { Properties } of fromApi) {
      // arn:…:execute-api:region:account:apiId/*/*/*: any stage, method and path of this school's API only.
      const [, parts] = Properties.SourceArn['Fn::Join'];
      expect(parts.at(-2)).toEqual({ Ref: expect.stringMatching(/HttpApi/) });
      expect(parts.at(-1)).toBe('/*/*/*');
    }
    expect(resources.filter(({ Type }) => Type === 'AWS::ApiGatewayV2::Route')).toHaveLength(routes.length);
    expect(functionDefinitions.length).toBeGreaterThan(apiFunctions.size);
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
});
