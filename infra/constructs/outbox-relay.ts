import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { outboxRelay } from '#infra/definitions/outbox-relay';
import { deadLetterQueue } from './dead-letter-queue';

export interface OutboxRelayProps {
  table: ITable;
  relay: IFunction;
}

/**
 * Maps the table's stream to the relay function, filtered to new outbox items (`infra/definitions/outbox-relay.ts`), so every
 * event stored with a change reaches the bus. A failing batch is retried, halved, then its records go to a DLQ.
 */
export class OutboxRelay extends Construct {
  constructor(scope: Construct, id: string, { table, relay }: OutboxRelayProps) {
    super(scope, id);
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'the outbox relay');

    relay.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(0),
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(deadLetters),
        filters: [FilterCriteria.filter(outboxRelay.filter)],
      }),
    );
  }
}
