import { startFanOut } from '#domain/messaging/send-message';
import { messageSent } from '#events/messaging/message-events';
import { eventHandler } from '#functions/lib/event-handler';
import { messagePorts } from './adapters/message-ports';

const ports = messagePorts();

/**
 * The fan-out's first step, on `MessageSent` (relayed from the send's transaction): resolves the message's lists
 * once and keeps them with it, then puts its recipients on the fan-out queue. A failure is retried by the bus
 * (Lambda's retries, then the rule's dead-letter queue); run again, it queues the same chunks, delivered once.
 */
export const handler = eventHandler(messageSent, async ({ data }) => {
  await startFanOut(data.messageId, ports);
});
