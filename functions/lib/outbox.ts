import type { OutgoingEvent } from '#events/envelope';
import { outboxKeys } from '#infra/definitions/school-table';

/** How long an event waits in the outbox after the relay had its chance: the stream itself keeps 24 hours. */
const keepForSeconds = 24 * 60 * 60;

/** An event as the outbox stores it, beside the change it announces, until the relay puts it on the bus. */
export const toOutboxItem = (event: OutgoingEvent, now: Date) => ({
  ...outboxKeys.event(event.detail.metadata.eventId),
  entity: outboxKeys.entity,
  source: event.source,
  detailType: event.detailType,
  detail: JSON.stringify(event.detail),
  expiresAt: Math.floor(now.getTime() / 1000) + keepForSeconds,
});

export const fromOutboxItem = (item: Record<string, unknown>): OutgoingEvent => ({
  source: String(item.source),
  detailType: String(item.detailType),
  detail: JSON.parse(String(item.detail)),
});
