import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const messagingSource = 'preau.messaging';

/** The most person ids one event carries: larger audiences publish one event per chunk. */
export const maxRecipientsPerEvent = 100;

export const messageSent = defineEvent({
  source: messagingSource,
  detailType: 'MessageSent',
  version: '1',
  description:
    'Someone sent a message (a new conversation or a reply); its recipients follow in MessageDelivered chunks.',
  dataSchema: z.strictObject({
    messageId: z.string(),
    conversationId: z.string(),
    senderId: z.string(),
    recipientCount: z.int(),
  }),
});

export const messageDelivered = defineEvent({
  source: messagingSource,
  detailType: 'MessageDelivered',
  version: '1',
  description:
    'A chunk of at most 100 recipients of a message have it in their inboxes: to notify each of them, once.',
  dataSchema: z.strictObject({
    messageId: z.string(),
    conversationId: z.string(),
    senderId: z.string(),
    senderName: z.string(),
    subject: z.string(),
    recipientIds: z.array(z.string()).check(z.minLength(1), z.maxLength(maxRecipientsPerEvent)),
  }),
});
