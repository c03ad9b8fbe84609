import type { Actor } from '#domain/identity/actor';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { InboxEntry, Message, MessageAudience, MessageHead } from './message';
import type { AttachmentPorts } from './message-attachments';

/** A page of a person's inbox, newest first, and the cursor of the next one. */
export interface InboxPage {
  entries: InboxEntry[];
  next?: string;
}

export interface MessageStore {
  /** The message, the sender's copy and the events announcing it, in one transaction. */
  add(message: Message, senderCopy: InboxEntry, events: readonly OutgoingEvent[]): Promise<void>;
  /** With its recipients, to decide who reads it and whom a reply reaches. */
  get(messageId: string): Promise<Message | undefined>;
  /** Without its recipients: what a delivery writes and an inbox shows. */
  head(messageId: string): Promise<MessageHead | undefined>;
  /** A conversation's messages, oldest first. */
  ofConversation(conversationId: string): Promise<Message[]>;
  /**
   * Keeps the recipients resolved for a pending message and removes its mark, in one conditional write. Resolved
   * already (a step run twice), the list kept first stands: it is returned, the one given is not written.
   */
  keepRecipients(messageId: string, recipientIds: readonly string[]): Promise<readonly string[]>;
}

export interface InboxStore {
  /** A page of one person's messages, received and sent: one query. */
  page(personId: string, options: { after?: string; limit: number }): Promise<InboxPage>;
  /** One person's messages whose subject or text hold every term, within that person's partition only. */
  search(
    personId: string,
    terms: readonly string[],
    options: { after?: string; limit: number },
  ): Promise<InboxPage>;
  /** The heads of these messages, in one call (BatchGet): a withdrawal is one write on the message. */
  heads(messageIds: readonly string[]): Promise<MessageHead[]>;
  /** A person's copies of these messages, where they have one. */
  entriesOf(personId: string, messages: readonly Pick<Message, 'id' | 'sentAt'>[]): Promise<InboxEntry[]>;
  markRead(entries: readonly InboxEntry[], at: string): Promise<void>;
  /** How many received messages a person has not read, among their latest. */
  unreadCount(personId: string): Promise<number>;
  /**
   * Writes the copies that are not there yet (one write each: a retried chunk writes none again, and keeps read
   * states), then the event that says they are there. Returns how many copies it wrote.
   */
  deliver(
    entries: readonly InboxEntry[],
    searchWords: string,
    event: OutgoingEvent,
  ): Promise<{ written: number }>;
}

/** A chunk of the recipients of a message, as the fan-out queue carries it. */
export interface FanOutChunk {
  messageId: string;
  chunk: number;
  recipientIds: string[];
}

export interface FanOutQueue {
  send(chunks: readonly FanOutChunk[]): Promise<void>;
}

/** Who is in a list today, and what the list is called. */
export interface MessageRecipients {
  membersOf(audience: MessageAudience): Promise<string[]>;
  labelOf(audience: MessageAudience): Promise<string>;
}

/** A refusal says why in English, and may carry the error to answer with (H2's `WriteRefusedError`, with its code). */
export type WritingDecision = { allowed: true } | { allowed: false; reason: string; error?: Error };

/** A recipient the compose page offers: a list or a person, with its label. */
export interface RecipientOption {
  audience: MessageAudience;
  label: string;
}

/** Who may write to whom (H2's table and the school's settings of it). */
export interface WritingRules {
  decide(writer: Actor, audience: MessageAudience): Promise<WritingDecision>;
  /** Each of a message's recipients decided at once, in order (one read of the writer and the settings), if it can. */
  decideEach?(writer: Actor, audiences: readonly MessageAudience[]): Promise<WritingDecision[]>;
  /** The lists a writer may use, and the persons whose name holds `query`, among those they may write to. */
  options(writer: Actor, query: string): Promise<RecipientOption[]>;
}

/** The per-person sending limit (H2's conditional counter). */
export interface SendingLimit {
  /** The sender as signed in: their profiles set their hourly limit, with no read of their record again. */
  take(sender: Pick<Actor, 'personId' | 'profiles'>, now: Date): Promise<void>;
}

export interface MessagePorts {
  messages: MessageStore;
  inbox: InboxStore;
  fanOut: FanOutQueue;
  recipients: MessageRecipients;
  rules: WritingRules;
  sendingLimit: SendingLimit;
  /** The files joined to messages: the writer's pending uploads, then the message's files. */
  attachments: Pick<AttachmentPorts, 'uploads' | 'files'>;
  /** The days the school keeps messages after the end of their school year. */
  retentionDays(): Promise<number>;
  clock: Clock;
  newId: IdGenerator;
  /** A stable event id for a chunk's delivery, so a retried chunk announces itself under the same id. */
  deliveryEventId(messageId: string, chunk: number): string;
  school: { schoolId: string; timeZone: string };
}
