import * as z from 'zod/mini';
import { deliverChunk } from '#domain/messaging/deliver-messages';
import { maxRecipientsPerEvent } from '#events/messaging/message-events';
import { queueHandler } from '#functions/lib/queue-handler';
import { messageFanOutQueue } from '#infra/definitions/bus/messaging';
import { messagePorts } from './adapters/message-ports';

const chunkSchema = z.strictObject({
  messageId: z.string().check(z.minLength(1)),
  chunk: z.int().check(z.gte(0)),
  recipientIds: z.array(z.string()).check(z.minLength(1), z.maxLength(maxRecipientsPerEvent)),
});

const ports = messagePorts();

/** The fan-out queue's consumer: one chunk of a message's recipients into their inboxes, once each. */
export const handler = queueHandler(messageFanOutQueue, chunkSchema, async (chunk) => {
  await deliverChunk(chunk, ports);
});
