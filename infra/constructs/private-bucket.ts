import { Duration } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface PrivateBucketProps {
  accessLogs: IBucket;
  /** Where this bucket's access logs land in `accessLogs`, such as `s3/documents/`. */
  accessLogPrefix: string;
  /** Keeps overwritten and deleted objects for a while: for what users upload, not for what a build rebuilds. */
  versioned: boolean;
}

/** A bucket nobody reaches from the Internet: no public access, TLS only, encrypted, access logged. */
export class PrivateBucket extends Bucket {
  constructor(scope: Construct, id: string, { accessLogs, accessLogPrefix, versioned }: PrivateBucketProps) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: accessLogPrefix,
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        ...(versioned ? [{ noncurrentVersionExpiration: Duration.days(90) }] : []),
      ],
    });
  }
}
