import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { recordChange } from '../../domain/journal/record-change';
import { functionEnvironment } from '../../infra/definitions/environment';
import { requireEnv } from '../lib/env';
import { dynamoJournal } from './adapters/dynamo-journal';

const journal = dynamoJournal(requireEnv(functionEnvironment.tableName));

/** Target of the bus rule `journal-place-changes`. An error makes EventBridge retry, then send to the DLQ. */
export const handler = middy<EventBridgeEvent<string, unknown>, void>().handler(async (event) => {
  await recordChange(
    { source: event.source, detailType: event['detail-type'], detail: event.detail },
    journal,
  );
});
