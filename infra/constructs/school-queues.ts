import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { queueDefinitions } from '#infra/definitions/queues';
import { constructIdOf } from './construct-id';
import { deadLetterQueue } from './dead-letter-queue';

/** Lambda's advice: a queue's visibility timeout at least six times its consumer's timeout. */
const visibilityOf = (timeoutSeconds: number) => Duration.seconds(6 * timeoutSeconds);

/** The timeout of a queue consumer when its definition names none. */
export const defaultConsumerTimeoutSeconds = 30;

/**
 * The school's work queues (`infra/definitions/queues.ts`): each an SQS queue, encrypted and TLS only, with a
 * dead-letter queue that receives a record after `maxReceiveCount` failed receipts. Created before the functions,
 * so publishers can be bound to them; `connectConsumers` then gives each queue its consumer as an event source.
 */
export class SchoolQueues extends Construct {
  readonly queues = new Map<string, IQueue>();

  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const definition of queueDefinitions) {
      const queueId = constructIdOf(definition.name);
      const deadLetters = deadLetterQueue(this, `${queueId}DeadLetters`, `the queue ${definition.name}`);
      const queue = new Queue(this, queueId, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        visibilityTimeout: visibilityOf(definition.consumer.timeoutSeconds ?? defaultConsumerTimeoutSeconds),
        retentionPeriod: Duration.days(4),
        deadLetterQueue: { queue: deadLetters, maxReceiveCount: definition.maxReceiveCount },
      });
      this.queues.set(definition.name, queue);
    }
  }

  /** Each queue's consumer reads it in batches and reports the records that failed, which alone come back. */
  connectConsumers(functionOf: (handler: string) => IFunction) {
    for (const definition of queueDefinitions) {
      const queue = this.queues.get(definition.name) as IQueue;
      functionOf(definition.consumer.handler).addEventSource(
        new SqsEventSource(queue, {
          batchSize: definition.batchSize,
          reportBatchItemFailures: true,
        }),
      );
    }
  }
}
