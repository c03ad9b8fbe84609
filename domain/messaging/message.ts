import * as z from 'zod/mini';
import { schoolYearSpan } from '#domain/shared/calendar/school-year-span';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { idSchema } from '#domain/shared/input-types';
import { foldForComparison } from '#domain/shared/text';
import { text } from '#domain/shared/text-input';
import { attachmentIdsSchema, type MessageAttachment } from './message-attachments';

/**
 * Whom a message is written to: a person, or a list resolved when the message is sent (the audiences of
 * `who may write`, H2's `domain/messaging/audience.ts` once it lands: the same shape).
 */
export const messageAudienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), personId: idSchema }),
  z.strictObject({ kind: z.literal('class'), classId: idSchema }),
  z.strictObject({ kind: z.literal('class-guardians'), classId: idSchema }),
  z.strictObject({ kind: z.literal('class-teachers'), classId: idSchema }),
  z.strictObject({ kind: z.literal('pupil-guardians'), personId: idSchema }),
  z.strictObject({ kind: z.literal('level'), level: z.string().check(z.minLength(1), z.maxLength(20)) }),
  z.strictObject({
    kind: z.literal('level-guardians'),
    level: z.string().check(z.minLength(1), z.maxLength(20)),
  }),
  z.strictObject({ kind: z.literal('group'), groupId: idSchema }),
  z.strictObject({ kind: z.literal('staff') }),
  z.strictObject({ kind: z.literal('school') }),
]);

export type MessageAudience = z.infer<typeof messageAudienceSchema>;

/** A new conversation: a subject, plain text, up to 20 recipients (persons or lists) and up to 5 uploaded files. */
export const newMessageSchema = z.strictObject({
  to: z.array(messageAudienceSchema).check(z.minLength(1, 'must name a recipient'), z.maxLength(20)),
  subject: text(200),
  text: text(10_000),
  attachmentIds: attachmentIdsSchema,
});

export const replySchema = z.strictObject({ text: text(10_000), attachmentIds: attachmentIdsSchema });

export const inboxQuerySchema = z.strictObject({
  /** Words to find in the subject or text of one's messages, accents and case ignored. */
  q: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))),
  /** The cursor of the next page, as the previous page gave it. */
  after: z.optional(z.string().check(z.maxLength(400))),
});

export const recipientSearchSchema = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});

/** Whether replies reach everyone in the conversation, or only its first sender (a list larger than a class). */
export type RepliesTo = 'all' | 'sender';

/** A message as stored once, with the recipients its lists had when it was sent. */
export interface Message {
  id: string;
  /** The id of the conversation's first message. */
  conversationId: string;
  senderId: string;
  senderName: string;
  subject: string;
  /** Plain text, as typed: never HTML. The portal renders it as text, with its links made links. */
  text: string;
  sentAt: string;
  /** As the sender chose them, each with the label it had (`5e B`, a pupil's name for their guardians). */
  audiences: readonly { audience: MessageAudience; label: string }[];
  /** Its recipients as resolved once by the fan-out's first step, then kept with it (empty while `pending`). */
  recipientIds: readonly string[];
  /**
   * Stored by the send before its recipients are resolved: the fan-out's first step, started by its `MessageSent`
   * event, resolves them, keeps them in `recipientIds` and removes this mark.
   */
  pending?: true;
  repliesTo: RepliesTo;
  /** When DynamoDB's TTL removes it: epoch seconds. */
  expiresAt: number;
  /** Set when an administrator withdrew it: its text is no longer shown (H2). */
  withdrawn?: boolean;
  /** The files joined to it, in the documents bucket under `message-attachments/<id>/` (none when absent). */
  attachments?: readonly MessageAttachment[];
}

/** What a message's head shows in an inbox: everything but its recipients. */
export type MessageHead = Omit<Message, 'recipientIds'>;

/** One person's copy of a message: what they received or sent, and when they read it. */
export interface InboxEntry {
  personId: string;
  messageId: string;
  conversationId: string;
  sentAt: string;
  box: 'received' | 'sent';
  readAt?: string;
  expiresAt: number;
}

/** Lists that reach beyond a class, whatever their size today. */
const wideAudiences: ReadonlySet<MessageAudience['kind']> = new Set([
  'level',
  'level-guardians',
  'staff',
  'school',
]);

/** Lists the size of a class: one of them is a class's conversation, two or more are larger than a class. */
const classAudiences: ReadonlySet<MessageAudience['kind']> = new Set([
  'class',
  'class-guardians',
  'class-teachers',
  'group',
]);

/** Replies reach everyone, unless the message went to a list larger than a class: then its sender only. */
export const repliesToOf = (audiences: readonly MessageAudience[]): RepliesTo =>
  audiences.some(({ kind }) => wideAudiences.has(kind)) ||
  audiences.filter(({ kind }) => classAudiences.has(kind)).length > 1
    ? 'sender'
    : 'all';

/** How many days after the end of its school year a message is kept, unless the school sets another. */
export const defaultRetentionDays = 365;

/** The end of the school year the message was sent in, plus the school's retention: epoch seconds. */
export const messageExpiry = (sentAt: Date, timeZone: string, retentionDays = defaultRetentionDays) => {
  const { expiresAt } = schoolYearSpan(todayInZone(sentAt, timeZone), timeZone);
  return Math.floor(Date.parse(expiresAt) / 1000) + retentionDays * 24 * 60 * 60;
};

/** Search words of a message: folded (no accents, lowercase), subject then text, bounded. */
export const searchWordsOf = (message: Pick<Message, 'subject' | 'text'>) =>
  foldForComparison(`${message.subject} ${message.text}`).slice(0, 2000);

/** The folded terms of a search: each must be found. */
export const searchTermsOf = (query: string) =>
  [...new Set(foldForComparison(query).split(' '))].filter((term) => term.length > 0).slice(0, 5);

export const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
};
