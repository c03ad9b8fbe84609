import { keyPrefixes } from './key-prefixes';

/**
 * School life in the school table: messages, the liaison book, work groups and notifications.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a work group, its members, documents, topics | PK = WORK-GROUP#<id> (SK GROUP, MEMBER#, DOC#, TOPIC#) | table |
 * | a person's work groups                   | GSI1PK = WORK-GROUPS-OF#<personId>, GSI1SK = <groupId> | GSI1  |
 * | a topic's posts, oldest first            | PK = WORK-GROUP-TOPIC#<topicId>, SK = POST#<at>#<id>   | table |
 */
export const messagingKeyPrefixes = keyPrefixes('messaging', {
  partitions: [
    // messages
    // liaison book
    // work groups
    'WORK-GROUP#',
    'WORK-GROUP-TOPIC#',
    'WORK-GROUPS-OF#',
    // notifications
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
