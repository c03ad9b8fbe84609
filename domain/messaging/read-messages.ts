import type { Actor } from '#domain/identity/actor';
import { NotFoundError } from '#domain/shared/errors';
import { excerptOf, type InboxEntry, type MessageHead, searchTermsOf } from './message';
import type { InboxPage, MessagePorts } from './message-ports';
import { readsMessage } from './send-message';

/** Entries of a page: enough conversations to fill a phone's screen twice. */
export const inboxPageSize = 20;

/** A line of the inbox: a conversation, by its latest message in the page. */
export interface InboxLine {
  conversationId: string;
  messageId: string;
  subject: string;
  sender: { personId: string; name: string };
  sentAt: string;
  excerpt: string;
  box: InboxEntry['box'];
  unread: boolean;
  withdrawn: boolean;
  /** How many files the latest message carries (none once withdrawn). */
  attachmentCount: number;
}

const linesOf = (page: InboxPage, heads: readonly MessageHead[]) => {
  const headOf = new Map(heads.map((head) => [head.id, head]));
  const lines = new Map<string, InboxLine>();
  for (const entry of page.entries) {
    const head = headOf.get(entry.messageId);
    if (!head) continue;
    const unread = entry.box === 'received' && entry.readAt === undefined;
    const seen = lines.get(entry.conversationId);
    if (seen) {
      seen.unread ||= unread;
      continue;
    }
    lines.set(entry.conversationId, {
      conversationId: entry.conversationId,
      messageId: head.id,
      subject: head.subject,
      sender: { personId: head.senderId, name: head.senderName },
      sentAt: head.sentAt,
      excerpt: head.withdrawn ? '' : excerptOf(head.text),
      box: entry.box,
      unread,
      withdrawn: head.withdrawn === true,
      attachmentCount: head.withdrawn ? 0 : (head.attachments?.length ?? 0),
    });
  }
  return [...lines.values()];
};

/**
 * One's inbox, newest first, a conversation a line: one query of one's copies, one BatchGet of their messages.
 * With `q`, only the messages whose subject or text hold every word, searched in one's own copies.
 */
export const readInbox = async (
  actor: Actor,
  query: { q?: string; after?: string },
  ports: Pick<MessagePorts, 'inbox'>,
) => {
  const options = { after: query.after, limit: inboxPageSize };
  const page = query.q
    ? await ports.inbox.search(actor.personId, searchTermsOf(query.q), options)
    : await ports.inbox.page(actor.personId, options);
  const heads =
    page.entries.length === 0
      ? []
      : await ports.inbox.heads([...new Set(page.entries.map(({ messageId }) => messageId))]);
  return { items: linesOf(page, heads), ...(page.next && { next: page.next }) };
};

export const countUnread = async (actor: Actor, ports: Pick<MessagePorts, 'inbox'>) => ({
  unread: await ports.inbox.unreadCount(actor.personId),
});

/**
 * A conversation as one reader sees it: the messages they sent or received (in a conversation to a large list,
 * another recipient's exchange with the sender is not theirs), marked read as they open it. To anyone who is
 * not in it, it does not exist.
 */
export const readConversation = async (
  conversationId: string,
  reader: Actor,
  ports: Pick<MessagePorts, 'messages' | 'inbox' | 'clock'>,
) => {
  const messages = await ports.messages.ofConversation(conversationId);
  const first = messages.find(({ id }) => id === conversationId);
  if (!first || !readsMessage(first, reader.personId))
    throw new NotFoundError('conversation', conversationId);
  const visible = messages.filter((message) => readsMessage(message, reader.personId));
  const entries = await ports.inbox.entriesOf(reader.personId, visible);
  const unread = entries.filter((entry) => entry.box === 'received' && entry.readAt === undefined);
  if (unread.length > 0) await ports.inbox.markRead(unread, ports.clock.now().toISOString());
  const unreadIds = new Set(unread.map(({ messageId }) => messageId));
  const isSender = first.senderId === reader.personId;
  return {
    id: conversationId,
    subject: first.subject,
    repliesTo: first.repliesTo,
    // The lists as the sender chose them name pupils (« Parents de … »): the sender alone sees them.
    ...(isSender && { to: first.audiences.map(({ audience, label }) => ({ audience, label })) }),
    // Unknown while the fan-out resolves its lists: the page says « en cours ».
    recipientCount: first.pending ? null : first.recipientIds.length,
    replyReaches:
      first.repliesTo === 'sender' && !isSender ? 'sender' : ('everyone' as 'sender' | 'everyone'),
    messages: visible.map((message) => ({
      id: message.id,
      sender: { personId: message.senderId, name: message.senderName },
      sentAt: message.sentAt,
      text: message.withdrawn ? '' : message.text,
      withdrawn: message.withdrawn === true,
      // A withdrawn message's files are withdrawn with it; each is downloaded through a short link of its own.
      attachments: message.withdrawn ? [] : (message.attachments ?? []),
      mine: message.senderId === reader.personId,
      unread: unreadIds.has(message.id),
    })),
  };
};

export const recipientOptions = (writer: Actor, query: string, ports: Pick<MessagePorts, 'rules'>) =>
  ports.rules.options(writer, query).then((items) => ({ items }));
