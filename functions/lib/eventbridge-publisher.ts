import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { EventPublisher } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import { eventBridgeClient } from './clients/eventbridge';

const maxEntriesPerCall = 10;

export class EventPublicationError extends Error {}

export const eventBridgePublisher = (busName: string): EventPublisher => ({
  async publish(events) {
    for (let start = 0; start < events.length; start += maxEntriesPerCall) {
      await putBatch(busName, events.slice(start, start + maxEntriesPerCall));
    }
  },
});

const putBatch = async (busName: string, events: readonly OutgoingEvent[]) => {
  const entries: PutEventsRequestEntry[] = events.map((event) => ({
    EventBusName: busName,
    Source: event.source,
    DetailType: event.detailType,
    Detail: JSON.stringify(event.detail),
  }));
  const result = await eventBridgeClient.send(new PutEventsCommand({ Entries: entries }));
  if (result.FailedEntryCount) {
    const reasons = (result.Entries ?? [])
      .filter((entry) => entry.ErrorCode)
      .map((entry) => entry.ErrorMessage);
    throw new EventPublicationError(
      `${result.FailedEntryCount} event(s) were refused by ${busName}: ${reasons}`,
    );
  }
};
