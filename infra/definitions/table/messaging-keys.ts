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
 * | a liaison note                           | PK = LIAISON-NOTE#<id>, SK = NOTE                      | table |
 * | a guardian's copy of a note (signature)  | PK = LIAISON-NOTE#<id>, SK = GUARDIAN#<guardianId>     | table |
 * | a note's copies (who signed, who not)    | PK = LIAISON-NOTE#<id>, SK begins_with GUARDIAN#       | table |
 * | a guardian's notes, newest first         | GSI1PK = LIAISON-TO#<guardianId>, on copies            | GSI1  |
 * | the notes an author wrote, newest first  | GSI1PK = LIAISON-BY#<authorId>, on notes               | GSI1  |
 * | notes about a pupil, class or level      | GSI2PK = LIAISON-ABOUT#<pupil:id|class:id|level:l>     | GSI2  |
 */
export const messagingKeyPrefixes = keyPrefixes('messaging', {
  partitions: [
    // messages
    // liaison book
    'LIAISON-NOTE#',
    'LIAISON-TO#',
    'LIAISON-BY#',
    'LIAISON-ABOUT#',
    // work groups
    // notifications
    'NOTIF-PERSON#',
    'NOTIF-OUTGOING',
    'NOTIF-DIGEST',
    'NOTIF-BOUNCED#',
  ],
});

/** The liaison book: a note, and one copy per guardian holding their signature. */
export const liaisonKeys = {
  note: (noteId: string) => ({ PK: `LIAISON-NOTE#${noteId}`, SK: 'NOTE' }),
  /** The author's listing, and the listing of the pupil, class or level it is about (`pupil:<id>`…). */
  noteIndexAttributes: (note: { id: string; authorId: string; about: string; postedAt: string }) => ({
    GSI1PK: `LIAISON-BY#${note.authorId}`,
    GSI1SK: `${note.postedAt}#${note.id}`,
    GSI2PK: `LIAISON-ABOUT#${note.about}`,
    GSI2SK: `${note.postedAt}#${note.id}`,
  }),
  copy: (noteId: string, guardianId: string) => ({
    PK: `LIAISON-NOTE#${noteId}`,
    SK: `GUARDIAN#${guardianId}`,
  }),
  copyIndexAttributes: (copy: { noteId: string; guardianId: string; postedAt: string }) => ({
    GSI1PK: `LIAISON-TO#${copy.guardianId}`,
    GSI1SK: `${copy.postedAt}#${copy.noteId}`,
  }),
  copiesOf: (noteId: string) => ({ partitionKey: `LIAISON-NOTE#${noteId}`, sortKeyPrefix: 'GUARDIAN#' }),
  receivedBy: (guardianId: string) => ({ index: 'GSI1', partitionKey: `LIAISON-TO#${guardianId}` }) as const,
  writtenBy: (authorId: string) => ({ index: 'GSI1', partitionKey: `LIAISON-BY#${authorId}` }) as const,
  about: (target: string) => ({ index: 'GSI2', partitionKey: `LIAISON-ABOUT#${target}` }) as const,
};

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
