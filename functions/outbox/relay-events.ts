import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { requireEnv } from '#functions/lib/env';
import { eventBridgePublisher } from '#functions/lib/eventbridge-publisher';
import { fromOutboxItem } from '#functions/lib/outbox';
import { functionEnvironment } from '#infra/definitions/environment';

const publisher = eventBridgePublisher(requireEnv(functionEnvironment.busName));

/**
 * Puts on the school's bus the events that the outbox items of the stream carry (the stream filter lets only
 * new outbox items through). A failure fails the batch: the stream retries it, halved, then sends it to the DLQ;
 * consumers are idempotent, as EventBridge delivers at least once anyway.
 */
export const handler = middy<DynamoDBStreamEvent, void>().handler(async ({ Records }) => {
  const events = Records.flatMap(({ dynamodb }) =>
    dynamodb?.NewImage
      ? [fromOutboxItem(unmarshall(dynamodb.NewImage as Record<string, AttributeValue>))]
      : [],
  );
  await publisher.publish(events);
});
