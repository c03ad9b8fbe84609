import { DefaultStackSynthesizer, Duration, Stack } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { sitePrefixes } from '#infra/definitions/school-buckets';
import { acknowledge, wildcardActionFinding, wildcardResourceFinding } from './nag';

export interface WebAppDeploymentProps {
  /** The built web app (`dist/web`): one asset, whatever the number of schools. */
  webDirectory: string;
  site: IBucket;
  distribution: IDistribution;
}

const grantedByCdk = 'Granted by aws-cdk-lib BucketDeployment, which offers no narrower grant:';

/**
 * Copies the built web app to `app/` in the site bucket at each deploy, then invalidates the distribution. The
 * hashed files (`assets/`: the entry script, each module's chunk, the stylesheet) go first, cached for a year by
 * browsers and CloudFront, as their names change with their content; the rest (index.html, sw.js, the manifest and
 * icons) then, revalidated at every visit, so that a deploy shows at once.
 */
export class WebAppDeployment extends Construct {
  constructor(scope: Construct, id: string, { webDirectory, site, distribution }: WebAppDeploymentProps) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_WEEK });
    // Its own role, as for our functions: no AWSLambdaBasicExecutionRole, logs to its log group only.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    const source = Source.asset(webDirectory);
    // The assets of older builds stay (no prune): a tab opened before a deploy still finds the chunks of the pages
    // it has not opened yet, rather than a « page could not be downloaded ».
    const assets = new BucketDeployment(this, 'Assets', {
      sources: [source],
      destinationBucket: site,
      destinationKeyPrefix: `${sitePrefixes.webApp}/`,
      exclude: ['*'],
      include: ['assets/*'],
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.days(365)),
        CacheControl.fromString('immutable'),
      ],
      prune: false,
      memoryLimit: 256,
      role,
      logGroup,
    });
    const shell = new BucketDeployment(this, 'Copy', {
      sources: [source],
      destinationBucket: site,
      destinationKeyPrefix: `${sitePrefixes.webApp}/`,
      exclude: ['assets/*'],
      cacheControl: [CacheControl.noCache()],
      distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 256,
      role,
      logGroup,
    });
    // index.html names this build's assets: it reaches the bucket once they are there.
    shell.node.addDependency(assets);

    for (const action of ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*']) {
      acknowledge(
        role,
        wildcardActionFinding(action),
        `${grantedByCdk} it syncs the web app into the site bucket.`,
      );
    }
    const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>`;
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${assetBucket}/*]`,
      `${grantedByCdk} it reads the zipped web app from the CDK asset bucket.`,
    );
    acknowledge(
      role,
      wildcardResourceFinding(role, site.arnForObjects('*')),
      `${grantedByCdk} it writes the web app under app/ and removes what the new build no longer has.`,
    );
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      `${grantedByCdk} cloudfront:CreateInvalidation and GetInvalidation, to refresh the distribution.`,
    );

    // BucketDeployment runs in one Lambda function per stack, created at the stack's root.
    const handler = Stack.of(this).node.children.find(({ node }) =>
      node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (handler) {
      acknowledge(
        handler,
        'AwsSolutions-L1',
        "The runtime of BucketDeployment's own handler is chosen by aws-cdk-lib and moves with its upgrades.",
      );
    }
  }
}
