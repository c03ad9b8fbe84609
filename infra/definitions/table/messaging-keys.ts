import { keyPrefixes } from './key-prefixes';

/**
 * School life in the school table: messages, the liaison book, work groups and notifications.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a message (with its recipients)          | PK = MSG#<messageId>, SK = MESSAGE                     | table |
 * | a conversation's messages, by time       | GSI1PK = MSG-CONVERSATION#<conversationId>             | GSI1  |
 * | a person's copies of messages, newest 1st| PK = MSG-INBOX#<personId>, SK = <sentAt>#<messageId>   | table |
 * | search in one's messages                 | PK = MSG-INBOX#<personId>, filtered on folded `words`  | table |
 */
export const messagingKeyPrefixes = keyPrefixes('messaging', {
  partitions: [
    // messages
    'MSG#',
    'MSG-CONVERSATION#',
    'MSG-INBOX#',
    // liaison book
    // work groups
    // notifications
  ],
});

// Messages
export const messageKeys = {
  message: (messageId: string) => ({ PK: `MSG#${messageId}`, SK: 'MESSAGE' }),
  /** A message in its conversation's thread, oldest first. */
  conversationIndexAttributes: (message: { id: string; conversationId: string; sentAt: string }) => ({
    GSI1PK: `MSG-CONVERSATION#${message.conversationId}`,
    GSI1SK: `${message.sentAt}#${message.id}`,
  }),
  conversation: (conversationId: string) =>
    ({ index: 'GSI1', partitionKey: `MSG-CONVERSATION#${conversationId}` }) as const,
  inbox: (personId: string) => `MSG-INBOX#${personId}`,
  /** One person's copy of a message: written once per recipient, keyed so that a retried delivery finds it. */
  inboxEntry: (personId: string, sentAt: string, messageId: string) => ({
    PK: `MSG-INBOX#${personId}`,
    SK: `${sentAt}#${messageId}`,
  }),
};
