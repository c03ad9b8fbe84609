import type { MessageAudience } from '#domain/messaging/message';
import type { MessageAttachment } from '#domain/messaging/message-attachments';

export type { MessageAttachment, MessageAudience };

/** A line of the inbox: a conversation, by its latest message. */
export interface InboxLine {
  conversationId: string;
  messageId: string;
  subject: string;
  sender: { personId: string; name: string };
  sentAt: string;
  excerpt: string;
  box: 'received' | 'sent';
  unread: boolean;
  withdrawn: boolean;
  /** How many files its latest message carries. */
  attachmentCount: number;
}

export interface InboxPage {
  items: InboxLine[];
  next?: string;
}

export interface ConversationMessage {
  id: string;
  sender: { personId: string; name: string };
  sentAt: string;
  text: string;
  withdrawn: boolean;
  /** The files joined to it, none once withdrawn. */
  attachments: MessageAttachment[];
  mine: boolean;
  unread: boolean;
}

export interface Conversation {
  id: string;
  subject: string;
  repliesTo: 'all' | 'sender';
  /** The lists as chosen: shown to the sender only. */
  to?: RecipientOption[];
  /** Null while the fan-out resolves its lists. */
  recipientCount: number | null;
  replyReaches: 'sender' | 'everyone';
  messages: ConversationMessage[];
}

export interface RecipientOption {
  audience: MessageAudience;
  label: string;
}

export interface SentMessage {
  id: string;
  conversationId: string;
  sentAt: string;
  /** Null until the fan-out resolves its lists. */
  recipientCount: number | null;
  repliesTo: 'all' | 'sender';
}

export interface NewMessage {
  to: MessageAudience[];
  subject: string;
  text: string;
  /** Files uploaded for it (`POST /api/messaging/attachments`), at most 5. */
  attachmentIds?: string[];
}
