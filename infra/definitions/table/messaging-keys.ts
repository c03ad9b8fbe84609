import { keyPrefixes } from './key-prefixes';

/**
 * School life in the school table: messages, the liaison book, work groups and notifications.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a person's feed, newest first            | PK = NOTIF-PERSON#<personId>, SK begins_with ITEM#     | table |
 * | a person's unread count, last read-all   | PK = NOTIF-PERSON#<personId>, SK = UNREAD              | table |
 * | a person's choices                       | PK = NOTIF-PERSON#<personId>, SK = CHOICES             | table |
 * | a person's push subscriptions            | PK = NOTIF-PERSON#<personId>, SK begins_with PUSH#     | table |
 * | mails due by a time (held, or to send)   | PK = NOTIF-OUTGOING, SK <= <releaseAt>~                | table |
 * | notifications waiting for the digest     | PK = NOTIF-DIGEST                                      | table |
 * | an address that bounced or complained    | PK = NOTIF-BOUNCED#<address>, SK = ADDRESS             | table |
 */
export const messagingKeyPrefixes = keyPrefixes('messaging', {
  partitions: [
    // messages
    // liaison book
    // work groups
    // notifications
    'NOTIF-PERSON#',
    'NOTIF-OUTGOING',
    'NOTIF-DIGEST',
    'NOTIF-BOUNCED#',
  ],
});

// Notifications
/**
 * A notification's sort key is its time and its event's id: the feed reads newest first, and one event put twice for
 * one person meets the same key (the conditional put that notifies once).
 */
export const notificationKeys = {
  person: (personId: string) => `NOTIF-PERSON#${personId}`,
  item: (personId: string, occurredAt: string, notificationId: string) => ({
    PK: `NOTIF-PERSON#${personId}`,
    SK: `ITEM#${occurredAt}#${notificationId}`,
  }),
  itemPrefix: 'ITEM#',
  unread: (personId: string) => ({ PK: `NOTIF-PERSON#${personId}`, SK: 'UNREAD' }),
  choices: (personId: string) => ({ PK: `NOTIF-PERSON#${personId}`, SK: 'CHOICES' }),
  pushSubscription: (personId: string, endpointHash: string) => ({
    PK: `NOTIF-PERSON#${personId}`,
    SK: `PUSH#${endpointHash}`,
  }),
  pushPrefix: 'PUSH#',
  outgoingPartition: 'NOTIF-OUTGOING',
  outgoing: (releaseAt: string, personId: string, notificationId: string) => ({
    PK: 'NOTIF-OUTGOING',
    SK: `${releaseAt}#${personId}#${notificationId}`,
  }),
  digestPartition: 'NOTIF-DIGEST',
  digest: (personId: string, occurredAt: string, notificationId: string) => ({
    PK: 'NOTIF-DIGEST',
    SK: `${personId}#${occurredAt}#${notificationId}`,
  }),
  bounced: (email: string) => ({ PK: `NOTIF-BOUNCED#${email.toLowerCase()}`, SK: 'ADDRESS' }),
};
