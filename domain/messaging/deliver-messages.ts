import { newEvent } from '#events/envelope';
import { messageDelivered } from '#events/messaging/message-events';
import { type InboxEntry, searchWordsOf } from './message';
import type { FanOutChunk, MessagePorts } from './message-ports';

/**
 * Puts a message in the inboxes of one chunk of its recipients, then announces it (`MessageDelivered`, under an
 * id stable for the chunk). Run again for the same chunk, it writes nothing that is there already.
 */
export const deliverChunk = async (
  chunk: FanOutChunk,
  ports: Pick<MessagePorts, 'messages' | 'inbox' | 'clock' | 'school' | 'deliveryEventId'>,
) => {
  const head = await ports.messages.head(chunk.messageId);
  // Gone by TTL before its turn came: nobody is to receive it any more.
  if (!head) return { written: 0 };
  const entries: InboxEntry[] = chunk.recipientIds.map((personId) => ({
    personId,
    messageId: head.id,
    conversationId: head.conversationId,
    sentAt: head.sentAt,
    box: 'received',
    expiresAt: head.expiresAt,
  }));
  const delivered = newEvent(
    messageDelivered,
    {
      messageId: head.id,
      conversationId: head.conversationId,
      senderId: head.senderId,
      senderName: head.senderName,
      subject: head.subject,
      recipientIds: chunk.recipientIds,
    },
    {
      schoolId: ports.school.schoolId,
      newId: () => ports.deliveryEventId(head.id, chunk.chunk),
      occurredAt: ports.clock.now().toISOString(),
    },
  );
  return ports.inbox.deliver(entries, searchWordsOf(head), delivered);
};
