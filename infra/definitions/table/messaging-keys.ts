import { keyPrefixes } from './key-prefixes';

/**
 * School life in the school table: messages, the liaison book, work groups and notifications.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a work group, its members, documents, topics | PK = WORK-GROUP#<id> (SK GROUP, MEMBER#, DOC#, TOPIC#) | table |
 * | a person's work groups                   | GSI1PK = WORK-GROUPS-OF#<personId>, GSI1SK = <groupId> | GSI1  |
 * | a topic's posts, oldest first            | PK = WORK-GROUP-TOPIC#<topicId>, SK = POST#<at>#<id>   | table |
 * | a message (with its recipients)          | PK = MSG#<messageId>, SK = MESSAGE                     | table |
 * | a conversation's messages, by time       | GSI1PK = MSG-CONVERSATION#<conversationId>             | GSI1  |
 * | a person's copies of messages, newest 1st| PK = MSG-INBOX#<personId>, SK = <sentAt>#<messageId>   | table |
 * | search in one's messages                 | PK = MSG-INBOX#<personId>, filtered on folded `words`  | table |
 * | a file one declared for a message (a day) | PK = MSG-UPLOAD#<personId>, SK = <uploadId>            | table |
 * | the school's settings of its messages     | PK = MSG-SETTINGS, SK = RULES                          | table |
 * | a person's messages sent in an hour       | PK = MSG-RATE#<personId>, SK = <yyyy-mm-ddThh>         | table |
 * | the people muted, or is one muted         | PK = MSG-MUTED, SK = PERSON#<personId>                 | table |
 * | the reports of a message (one per person) | PK = MSG-REPORT#<messageId>, SK = BY#<reporterId>      | table |
 * | every report, newest first               | GSI1PK = MSG-REPORTS, GSI1SK = <at>#<messageId>#<by>   | GSI1  |
 * | where the leavers' job stopped            | PK = MSG-LEAVERS, SK = CURSOR                          | table |
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
    'MSG#',
    'MSG-CONVERSATION#',
    'MSG-INBOX#',
    'MSG-UPLOAD#',
    // messages: who may write to whom, and safety
    'MSG-SETTINGS',
    'MSG-RATE#',
    'MSG-MUTED',
    'MSG-REPORT#',
    'MSG-REPORTS',
    'MSG-LEAVERS',
    // liaison book
    'LIAISON-NOTE#',
    'LIAISON-TO#',
    'LIAISON-BY#',
    'LIAISON-ABOUT#',
    // work groups
    'WORK-GROUP#',
    'WORK-GROUP-TOPIC#',
    'WORK-GROUPS-OF#',
    // notifications
    'NOTIF-PERSON#',
    'NOTIF-OUTGOING',
    'NOTIF-DIGEST',
    'NOTIF-BOUNCED#',
  ],
});

/** Work groups: a group's partition holds the group, its members, documents and topics; posts sit per topic. */
export const workGroupKeys = {
  group: (groupId: string) => ({ PK: `WORK-GROUP#${groupId}`, SK: 'GROUP' }),
  partition: (groupId: string) => `WORK-GROUP#${groupId}`,
  member: (groupId: string, personId: string) => ({ PK: `WORK-GROUP#${groupId}`, SK: `MEMBER#${personId}` }),
  memberIndexAttributes: (groupId: string, personId: string) => ({
    GSI1PK: `WORK-GROUPS-OF#${personId}`,
    GSI1SK: groupId,
  }),
  groupsOf: (personId: string) => ({ index: 'GSI1', partitionKey: `WORK-GROUPS-OF#${personId}` }) as const,
  document: (groupId: string, documentId: string) => ({
    PK: `WORK-GROUP#${groupId}`,
    SK: `DOC#${documentId}`,
  }),
  topic: (groupId: string, topicId: string) => ({ PK: `WORK-GROUP#${groupId}`, SK: `TOPIC#${topicId}` }),
  post: (topicId: string, at: string, postId: string) => ({
    PK: `WORK-GROUP-TOPIC#${topicId}`,
    SK: `POST#${at}#${postId}`,
  }),
  posts: (topicId: string) => `WORK-GROUP-TOPIC#${topicId}`,
};

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
  /** A file its writer declared for their next message: theirs by its partition, forgotten after a day. */
  upload: (personId: string, uploadId: string) => ({ PK: `MSG-UPLOAD#${personId}`, SK: uploadId }),
};

/** Who may write to whom and the safety of messages: settings, send counters, mutes, reports, the leavers' job. */
export const messagingRuleKeys = {
  settings: () => ({ PK: 'MSG-SETTINGS', SK: 'RULES' }),
  sendCounter: (personId: string, hour: string) => ({ PK: `MSG-RATE#${personId}`, SK: hour }),
  muted: (personId: string) => ({ PK: 'MSG-MUTED', SK: `PERSON#${personId}` }),
  mutedPeople: () => ({ partitionKey: 'MSG-MUTED' }),
  report: (messageId: string, reporterId: string) => ({
    PK: `MSG-REPORT#${messageId}`,
    SK: `BY#${reporterId}`,
  }),
  reportsOf: (messageId: string) => ({ partitionKey: `MSG-REPORT#${messageId}` }),
  reports: () => ({ index: 'GSI1', partitionKey: 'MSG-REPORTS' }) as const,
  reportIndexAttributes: (report: { at: string; messageId: string; reporterId: string }) => ({
    GSI1PK: 'MSG-REPORTS',
    GSI1SK: `${report.at}#${report.messageId}#${report.reporterId}`,
  }),
  leaversCursor: () => ({ PK: 'MSG-LEAVERS', SK: 'CURSOR' }),
};

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
