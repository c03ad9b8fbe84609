import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { AccessLogBucket } from '#infra/constructs/access-log-bucket';
import { PrivateBucket } from '#infra/constructs/private-bucket';
import type { Registry } from '#infra/tenants/tenant';
import { schoolDirectoryPath } from './school-stack';

export const authorityStackName = 'Preau-Authority';

/** What the education authority keeps across its schools; schools do not depend on it. */
export class AuthorityStack extends Stack {
  readonly exports: PrivateBucket;

  constructor(scope: Construct, { registry, ...props }: StackProps & { registry: Registry }) {
    super(scope, authorityStackName, {
      description: `Préau: the education authority's stack (${registry.schools.length} schools in the registry)`,
      ...props,
    });
    Tags.of(this).add('preau:scope', 'authority');

    const accessLogs = new AccessLogBucket(this, 'AccessLogs');
    this.exports = new PrivateBucket(this, 'Exports', {
      accessLogs,
      accessLogPrefix: 's3/exports/',
      versioned: true,
    });

    new StringParameter(this, 'ExportsBucketName', {
      parameterName: '/preau/authority/exports-bucket',
      description: 'Préau: the bucket of authority-wide exports and statistics',
      stringValue: this.exports.bucketName,
    });
    // The list of schools is not kept here: one parameter cannot hold hundreds of schools (4 KB) and one parameter
    // per school would crowd this stack's 500 resources. Each school stack writes its own entry under this path.
    new CfnOutput(this, 'SchoolDirectory', {
      value: schoolDirectoryPath,
      description: 'SSM path under which every deployed school lists itself',
    });
  }
}
