import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import { NotFoundError, RefusedError, ValidationError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { maxRecipientsPerEvent, messageSent } from '#events/messaging/message-events';
import { type InboxEntry, type Message, type MessageAudience, messageExpiry, repliesToOf } from './message';
import { checkAttachments, keepAttachments } from './message-attachments';
import type { FanOutChunk, MessagePorts } from './message-ports';

/** Who reads a message: its sender and its recipients. */
export const readsMessage = (message: Pick<Message, 'senderId' | 'recipientIds'>, personId: string) =>
  message.senderId === personId || message.recipientIds.includes(personId);

/**
 * Writes a new conversation.
 * 1. Every list must be one the writer may write to (who may write), or nothing is sent.
 * 2. Lists are resolved now and kept with the message; the writer is not their own recipient.
 * 3. The sending limit is taken; the message and the writer's copy are stored, then its recipients are queued.
 */
export const sendMessage = async (
  input: { to: readonly MessageAudience[]; subject: string; text: string; attachmentIds?: readonly string[] },
  writer: Actor,
  ports: MessagePorts,
) => {
  const decisions = await Promise.all(input.to.map((audience) => ports.rules.decide(writer, audience)));
  for (const decision of decisions) {
    if (!decision.allowed)
      throw decision.error ?? new RefusedError('recipients_not_allowed', decision.reason);
  }
  const [members, audiences] = await Promise.all([
    Promise.all(input.to.map((audience) => ports.recipients.membersOf(audience))),
    Promise.all(
      input.to.map(async (audience) => ({ audience, label: await ports.recipients.labelOf(audience) })),
    ),
  ]);
  const recipientIds = [...new Set(members.flat())].filter((personId) => personId !== writer.personId);
  if (recipientIds.length === 0)
    throw new ValidationError('to', 'these lists hold nobody to write to today', 'no_recipients');
  const attachments = await checkAttachments(input.attachmentIds ?? [], writer, ports.attachments);
  const id = ports.newId();
  return store(
    {
      id,
      conversationId: id,
      subject: input.subject,
      text: input.text,
      audiences,
      recipientIds,
      repliesTo: repliesToOf(input.to),
      attachments,
    },
    writer,
    ports,
  );
};

/** Whom a reply reaches: everyone in the conversation, or, in a conversation to a large list, its first sender. */
export const replyRecipientsOf = (first: Message, replierId: string) => {
  if (first.repliesTo === 'sender' && first.senderId !== replierId) return [first.senderId];
  return [first.senderId, ...first.recipientIds].filter((personId) => personId !== replierId);
};

/** Answers in a conversation one takes part in; to anyone else it does not exist. */
export const replyToConversation = async (
  conversationId: string,
  text: string,
  replier: Actor,
  ports: MessagePorts,
  attachmentIds: readonly string[] = [],
) => {
  const first = await ports.messages.get(conversationId);
  if (!first || first.conversationId !== first.id || !readsMessage(first, replier.personId))
    throw new NotFoundError('conversation', conversationId);
  const attachments = await checkAttachments(attachmentIds, replier, ports.attachments);
  return store(
    {
      id: ports.newId(),
      conversationId,
      subject: first.subject,
      text,
      audiences: [],
      recipientIds: replyRecipientsOf(first, replier.personId),
      repliesTo: first.repliesTo,
      attachments,
    },
    replier,
    ports,
  );
};

type Draft = Pick<
  Message,
  'id' | 'conversationId' | 'subject' | 'text' | 'audiences' | 'recipientIds' | 'repliesTo' | 'attachments'
>;

const store = async (draft: Draft, sender: Actor, ports: MessagePorts) => {
  const [retentionDays] = await Promise.all([
    ports.retentionDays(),
    ports.sendingLimit.take(sender.personId, ports.clock.now()),
  ]);
  const now = ports.clock.now();
  const { attachments = [], ...rest } = draft;
  const message: Message = {
    ...rest,
    ...(attachments.length > 0 && { attachments }),
    senderId: sender.personId,
    senderName: fullName(sender),
    sentAt: now.toISOString(),
    expiresAt: messageExpiry(now, ports.school.timeZone, retentionDays),
  };
  await keepAttachments(attachments, sender, message, ports.attachments);
  const senderCopy: InboxEntry = {
    personId: sender.personId,
    messageId: message.id,
    conversationId: message.conversationId,
    sentAt: message.sentAt,
    box: 'sent',
    readAt: message.sentAt,
    expiresAt: message.expiresAt,
  };
  const sent = newEvent(
    messageSent,
    {
      messageId: message.id,
      conversationId: message.conversationId,
      senderId: message.senderId,
      recipientCount: message.recipientIds.length,
    },
    { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: message.sentAt },
  );
  await ports.messages.add(message, senderCopy, [sent]);
  await ports.fanOut.send(chunksOf(message));
  return {
    id: message.id,
    conversationId: message.conversationId,
    sentAt: message.sentAt,
    recipientCount: message.recipientIds.length,
    repliesTo: message.repliesTo,
    attachments,
  };
};

/** The recipients in chunks of at most 100, each one event's worth. */
export const chunksOf = (message: Pick<Message, 'id' | 'recipientIds'>): FanOutChunk[] => {
  const chunks: FanOutChunk[] = [];
  for (let start = 0; start < message.recipientIds.length; start += maxRecipientsPerEvent) {
    chunks.push({
      messageId: message.id,
      chunk: chunks.length,
      recipientIds: message.recipientIds.slice(start, start + maxRecipientsPerEvent),
    });
  }
  return chunks;
};
