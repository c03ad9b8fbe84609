import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { bundleFunctions, functionBundlePath } from '#infra/build/bundle-functions';
import { type FeedPublicKey, feedPublicKeysOf } from '#infra/constructs/feed-keys';
import { functionDefinitions } from '#infra/definitions/functions';
import { inlineContentSecurityPolicyOf } from '#infra/definitions/web-app-headers';
import { AuthorityStack } from '#infra/stacks/authority-stack';
import { EdgeShieldStack, edgeWebAclContextKey, isEdgeWebAclArn } from '#infra/stacks/edge-shield-stack';
import { SchoolStack } from '#infra/stacks/school-stack';
import { SharedEdgeStack } from '#infra/stacks/shared-edge-stack';
import { loadRegistry } from '#infra/tenants/registry';
import type { Registry } from '#infra/tenants/tenant';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultWebDirectory = join(repositoryRoot, 'dist/web');

/**
 * The CDK feature flags the stacks rely on, pinned here rather than taken from whatever the installed CDK
 * recommends, so that upgrading aws-cdk-lib never changes deployed resources unnoticed.
 */
const featureFlags = {
  '@aws-cdk/aws-iam:minimizePolicies': true,
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  '@aws-cdk/aws-s3:publicAccessBlockedByDefault': true,
  '@aws-cdk/aws-events:requireEventBusPolicySid': true,
  '@aws-cdk/aws-events:eventsTargetQueueSameAccount': true,
  '@aws-cdk/core:enablePartitionLiterals': true,
};

export interface BuildAppOptions {
  registry: Registry;
  /** Where the cloud assembly goes; the CDK CLI sets it through CDK_OUTDIR. */
  outdir?: string;
  /** cdk-nag's AwsSolutions checks, run at synthesis; on unless a benchmark measures without them. */
  nag?: boolean;
  webDirectory?: string;
  /** The public keys of each school's feed links; by default those kept in `infra/tenants/feed-keys/`. */
  feedPublicKeys?: (schoolId: string) => FeedPublicKey[];
  /**
   * The ARN of the edge shield's web ACL (stack Preau-Edge-Shield, deployed first), which every school's
   * distribution then uses; by default the context value `preau:edgeWebAclArn` (`-c` or cdk.json).
   */
  edgeWebAclArn?: string;
  /**
   * Whether the school stacks have their API's routes; by default unless the context says `preau:apiRoutes=off`,
   * which is only for the first of the two deploys that move routes from one stack to another (README, Deploy).
   */
  apiRoutes?: boolean;
}

/** The context key that leaves the API's routes out of the school stacks (`-c preau:apiRoutes=off`). */
export const apiRoutesContextKey = 'preau:apiRoutes';

/**
 * The authority's stack and one stack per school of the registry. Synchronous and free of side effects until
 * `app.synth()`: the function bundles and the web app must already be built (see `prepareAssets`), once, for
 * every school.
 */
export const buildApp = ({
  registry,
  outdir,
  nag = true,
  webDirectory = defaultWebDirectory,
  feedPublicKeys = feedPublicKeysOf,
  edgeWebAclArn,
  apiRoutes,
}: BuildAppOptions) => {
  const missing = functionDefinitions.filter(
    ({ handler }) => !existsSync(join(functionBundlePath(handler), 'index.mjs')),
  );
  if (missing.length > 0) {
    throw new Error(
      `No bundle for ${missing.map(({ handler }) => handler).join(', ')}: run bundleFunctions() first`,
    );
  }
  if (!existsSync(webDirectory)) throw new Error(`No web app in ${webDirectory}: run buildWeb() first`);

  const app = new App({ outdir, context: featureFlags });
  new AuthorityStack(app, { registry });
  new EdgeShieldStack(app, { env: { account: process.env.CDK_DEFAULT_ACCOUNT } });
  // In the schools' account and region (like them, it names neither): each school reads its parts' ids from SSM.
  const sharedEdge = new SharedEdgeStack(app);
  const webAclArn = edgeWebAclArn ?? app.node.tryGetContext(edgeWebAclContextKey);
  if (webAclArn !== undefined && !isEdgeWebAclArn(String(webAclArn))) {
    throw new Error(
      `${edgeWebAclContextKey} must be the ARN of a CloudFront web ACL in us-east-1: ${webAclArn}`,
    );
  }
  const routesContext = app.node.tryGetContext(apiRoutesContextKey);
  if (routesContext !== undefined && !['on', 'off'].includes(String(routesContext))) {
    throw new Error(`${apiRoutesContextKey} is on or off: ${routesContext}`);
  }
  const withApiRoutes = apiRoutes ?? String(routesContext ?? 'on') === 'on';
  for (const school of registry.schools) {
    const schoolStack = new SchoolStack(app, {
      apiRoutes: withApiRoutes,
      school,
      webDirectory,
      feedPublicKeys: feedPublicKeys(school.id),
      ...(webAclArn && { edgeWebAclArn: String(webAclArn) }),
    });
    // Deployed after the shared parts it reads (`cdk deploy --all` orders them), with no export between them.
    schoolStack.addStackDependency(sharedEdge, "reads the shared CloudFront parts' ids from SSM");
  }
  if (nag) {
    // The acknowledged findings and their reasons also land in each template, next to their resource, for audits.
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
  }
  return app;
};

/**
 * Bundles every function once, and builds the web app if it was never built, or built before index.html carried
 * its own Content-Security-Policy (the shared header allows inline code only as that <meta> narrows it).
 */
export const prepareAssets = async () => {
  await bundleFunctions();
  const indexHtml = join(defaultWebDirectory, 'index.html');
  if (!existsSync(indexHtml) || inlineContentSecurityPolicyOf(readFileSync(indexHtml, 'utf8')).index < 0) {
    const { buildWeb } = await import('#infra/build/build-web');
    await buildWeb();
  }
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await prepareAssets();
  buildApp({ registry: loadRegistry() }).synth();
}
