import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import {
  documentPrefixes,
  messageAttachmentSteps,
  messageAttachments,
} from '#infra/definitions/school-buckets';
import { schoolTable } from '#infra/definitions/school-table';
import { AccessLogBucket } from './access-log-bucket';
import { PrivateBucket } from './private-bucket';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * What a school keeps: its table, its buckets and its bus. Nothing here is replaced or deleted with the stack.
 * The site bucket holds what CloudFront serves (the web app under `app/`), the documents bucket what users upload.
 */
export class SchoolData extends Construct {
  readonly table: Table;
  readonly accessLogs: AccessLogBucket;
  readonly documents: PrivateBucket;
  readonly site: PrivateBucket;
  readonly bus: EventBus;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: stringKey(schoolTable.partitionKey),
      sortKey: stringKey(schoolTable.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: schoolTable.timeToLiveAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      stream: StreamViewType[schoolTable.streamView],
    });
    for (const index of schoolTable.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      });
    }

    this.accessLogs = new AccessLogBucket(this, 'AccessLogs');
    this.documents = new PrivateBucket(this, 'Documents', {
      accessLogs: this.accessLogs,
      accessLogPrefix: 's3/documents/',
      versioned: true,
    });
    for (const { prefix, keepDays } of Object.values(documentPrefixes)) {
      this.documents.addLifecycleRule({
        prefix,
        expiration: Duration.days(keepDays),
        noncurrentVersionExpiration: Duration.days(1),
      });
    }
    // Messages' attachments go with their message: one rule per `keep-days` step, and the longest for the untagged.
    for (const keepDays of messageAttachmentSteps) {
      this.documents.addLifecycleRule({
        prefix: messageAttachments.prefix,
        tagFilters: { [messageAttachments.tagKey]: String(keepDays) },
        expiration: Duration.days(keepDays),
        noncurrentVersionExpiration: Duration.days(1),
      });
    }
    this.documents.addLifecycleRule({
      prefix: messageAttachments.prefix,
      expiration: Duration.days(messageAttachments.longestDays),
      noncurrentVersionExpiration: Duration.days(1),
    });
    this.site = new PrivateBucket(this, 'Site', {
      accessLogs: this.accessLogs,
      accessLogPrefix: 's3/site/',
      versioned: false,
    });

    this.bus = new EventBus(this, 'Bus', {
      description: 'Events of this school, routed by the rules of infra/definitions/event-rules.ts',
    });
  }
}
