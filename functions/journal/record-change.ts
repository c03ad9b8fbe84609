import { recordChange } from '#domain/journal/record-change';
import { placeChanges } from '#events/places/place-events';
import { requireEnv } from '#functions/lib/env';
import { eventHandler } from '#functions/lib/event-handler';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoJournal } from './adapters/dynamo-journal';

const journal = dynamoJournal(requireEnv(functionEnvironment.tableName));

/** Target of the bus rule `journal-place-changes`. An error makes Lambda retry, then send to the rule's DLQ. */
export const handler = eventHandler(placeChanges, async ({ contract, metadata, data }) => {
  await recordChange(
    { source: contract.source, detailType: contract.detailType, detail: { metadata, data } },
    journal,
  );
});
