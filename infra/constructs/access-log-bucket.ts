import { Duration } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** How long access logs are kept: enough to investigate an incident, short enough for pupils' IP addresses. */
export const accessLogRetention = Duration.days(90);

/**
 * Receives the S3 server access logs and CloudFront logs of a stack; every object expires. Its own accesses are
 * not logged, which would loop (cdk-nag's S1 exempts a bucket other buckets log to).
 */
export class AccessLogBucket extends Bucket {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // S3 server access logging only writes to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront standard logging writes through object ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [
        { expiration: accessLogRetention, abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}
