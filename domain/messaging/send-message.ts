import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import { NotFoundError, RefusedError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { maxRecipientsPerEvent, messageSent } from '#events/messaging/message-events';
import { type InboxEntry, type Message, type MessageAudience, messageExpiry, repliesToOf } from './message';
import { checkAttachments, keepAttachments } from './message-attachments';
import type { FanOutChunk, MessagePorts } from './message-ports';

/** Who reads a message: its sender and its recipients. */
export const readsMessage = (message: Pick<Message, 'senderId' | 'recipientIds'>, personId: string) =>
  message.senderId === personId || message.recipientIds.includes(personId);

/**
 * Writes a new conversation, at the cost of the rights check and one transaction:
 * 1. Every list must be one the writer may write to (who may write), or nothing is sent; deciding needs no member.
 * 2. The sending limit is taken; the message (its lists, recipients still to resolve), the writer's copy and its
 *    `MessageSent` event are stored in one transaction (the outbox).
 * 3. From that event, `startFanOut` resolves the lists, keeps them with the message and queues its recipients: a
 *    message accepted is always delivered.
 */
export const sendMessage = async (
  input: { to: readonly MessageAudience[]; subject: string; text: string; attachmentIds?: readonly string[] },
  writer: Actor,
  ports: MessagePorts,
) => {
  const [decisions, audiences] = await Promise.all([
    ports.rules.decideEach
      ? ports.rules.decideEach(writer, input.to)
      : Promise.all(input.to.map((audience) => ports.rules.decide(writer, audience))),
    Promise.all(
      input.to.map(async (audience) => ({ audience, label: await ports.recipients.labelOf(audience) })),
    ),
  ]);
  for (const decision of decisions) {
    if (!decision.allowed)
      throw decision.error ?? new RefusedError('recipients_not_allowed', decision.reason);
  }
  const attachments = await checkAttachments(input.attachmentIds ?? [], writer, ports.attachments);
  const id = ports.newId();
  return store(
    {
      id,
      conversationId: id,
      subject: input.subject,
      text: input.text,
      audiences,
      recipientIds: [],
      pending: true,
      repliesTo: repliesToOf(input.to),
      attachments,
    },
    writer,
    ports,
  );
};

/**
 * Whom a message reaches, resolved by the fan-out's first step: the members of its lists today, its writer left
 * out; for a reply, those of its conversation (which must be resolved first: until then the step is tried again).
 */
const resolveRecipients = async (message: Message, ports: Pick<MessagePorts, 'messages' | 'recipients'>) => {
  if (message.conversationId === message.id) {
    const members = await Promise.all(
      message.audiences.map(({ audience }) => ports.recipients.membersOf(audience)),
    );
    return [...new Set(members.flat())].filter((personId) => personId !== message.senderId);
  }
  const first = await ports.messages.get(message.conversationId);
  if (!first) return [];
  if (first.pending) throw new FirstMessagePendingError(message.conversationId);
  return replyRecipientsOf(first, message.senderId);
};

/** A reply's fan-out waits for its conversation's first message to be resolved: thrown, it is tried again. */
export class FirstMessagePendingError extends Error {
  constructor(conversationId: string) {
    super(`The first message of conversation ${conversationId} is not resolved yet`);
    this.name = 'FirstMessagePendingError';
  }
}

/**
 * The fan-out's first step, started by `MessageSent`: resolves the message's recipients if still pending and keeps
 * them with it (the list kept first stands if the step runs twice), then puts them on the fan-out queue in chunks.
 * Run again (a queue send failed, the event came twice), it queues the same chunks, which deliver nothing twice.
 */
export const startFanOut = async (
  messageId: string,
  ports: Pick<MessagePorts, 'messages' | 'recipients' | 'fanOut'>,
) => {
  const message = await ports.messages.get(messageId);
  // Gone by TTL before its turn came: nobody is to receive it any more.
  if (!message) return { recipientCount: 0 };
  const recipientIds = message.pending
    ? await ports.messages.keepRecipients(message.id, await resolveRecipients(message, ports))
    : message.recipientIds;
  await ports.fanOut.send(chunksOf({ id: message.id, recipientIds }));
  return { recipientCount: recipientIds.length };
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
      // Known at once when the conversation is resolved; its writer answering before that waits for the fan-out.
      ...(first.pending
        ? { recipientIds: [], pending: true as const }
        : { recipientIds: replyRecipientsOf(first, replier.personId) }),
      repliesTo: first.repliesTo,
      attachments,
    },
    replier,
    ports,
  );
};

type Draft = Pick<
  Message,
  | 'id'
  | 'conversationId'
  | 'subject'
  | 'text'
  | 'audiences'
  | 'recipientIds'
  | 'pending'
  | 'repliesTo'
  | 'attachments'
>;

const store = async (draft: Draft, sender: Actor, ports: MessagePorts) => {
  const [retentionDays] = await Promise.all([
    ports.retentionDays(),
    ports.sendingLimit.take(sender, ports.clock.now()),
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
      ...(!message.pending && { recipientCount: message.recipientIds.length }),
    },
    { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: message.sentAt },
  );
  // One transaction: the fan-out starts from the event, so a message accepted is always delivered.
  await ports.messages.add(message, senderCopy, [sent]);
  return {
    id: message.id,
    conversationId: message.conversationId,
    sentAt: message.sentAt,
    /** Unknown until its lists are resolved by the fan-out (« en cours »). */
    recipientCount: message.pending ? null : message.recipientIds.length,
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
