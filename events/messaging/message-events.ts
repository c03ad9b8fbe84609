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
    'Someone sent a message (a new conversation or a reply), stored with its lists: it starts the fan-out, whose first step resolves the recipients and keeps them with the message; they follow in MessageDelivered chunks. recipientCount is there when known at once (a reply).',
  dataSchema: z.strictObject({
    messageId: z.string(),
    conversationId: z.string(),
    senderId: z.string(),
    recipientCount: z.optional(z.int()),
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

// Messages — safety (H2)
export const messageReported = defineEvent({
  source: messagingSource,
  detailType: 'MessageReported',
  version: '1',
  description:
    'A recipient reported a message to the school’s administrators, with their reason; the message is in the reports list.',
  dataSchema: z.strictObject({
    messageId: z.string(),
    reportedBy: z.string(),
    reason: z.string(),
  }),
});

export const messageWithdrawn = defineEvent({
  source: messagingSource,
  detailType: 'MessageWithdrawn',
  version: '1',
  description:
    'The school’s administrators withdrew a message from every inbox: its text is no longer shown to anyone.',
  dataSchema: z.strictObject({ messageId: z.string() }),
});
