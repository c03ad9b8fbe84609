import { keyPrefixes } from './key-prefixes';

/**
 * School life in the school table: messages, the liaison book, work groups and notifications.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
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
