import { keyPrefixes } from './key-prefixes';

/**
 * The homework book in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a session's entry, as it is now          | PK = HOMEWORK-SESSION#<activityId>#<seriesDate>, SK = ENTRY | table |
 * | its history, every version               | PK = HOMEWORK-SESSION#…, SK begins_with VERSION#       | table |
 * | a class's or teacher's book, by day      | PK = HOMEWORK-BOOK#<class|teacher>#<id>, SK BETWEEN <from> AND <to>~ | table |
 * | a class's (group's) work by due day      | PK = HOMEWORK-DUE#<classId>, SK BETWEEN <from> AND <to>~ | table |
 * | the works a pupil ticked, by due day     | PK = HOMEWORK-DONE#<pupilId>, SK BETWEEN <from> AND <to>~ | table |
 * | a reader of the books (an inspector)     | PK = HOMEWORK-READER#<personId>, SK = READER           | table |
 * | the readers of the books                 | GSI1PK = HOMEWORK-READERS                              | GSI1  |
 * | a class's shelf, its links and count     | PK = HOMEWORK-SHELF#<classId>                          | table |
 *
 * The entry, its version, its copies in each class's and teacher's book and in each class's due list are written
 * in one transaction; the entry lists the copies it wrote, so that the next version removes exactly those.
 */
export const homeworkKeyPrefixes = keyPrefixes('homework', {
  partitions: [
    'HOMEWORK-SESSION#',
    'HOMEWORK-BOOK#',
    'HOMEWORK-DUE#',
    'HOMEWORK-DONE#',
    'HOMEWORK-READER#',
    'HOMEWORK-READERS',
    'HOMEWORK-SHELF#',
  ],
});

/** Sorts after any key starting with a day: the end of a span `BETWEEN <from> AND <to>~`. */
const endOfDay = (date: string) => `${date}~`;

export const homeworkKeys = {
  entry: (activityId: string, seriesDate: string) => ({
    PK: `HOMEWORK-SESSION#${activityId}#${seriesDate}`,
    SK: 'ENTRY',
  }),
  version: (activityId: string, seriesDate: string, version: number) => ({
    PK: `HOMEWORK-SESSION#${activityId}#${seriesDate}`,
    SK: `VERSION#${String(version).padStart(6, '0')}`,
  }),
  versionPrefix: 'VERSION#',
  bookPartition: (kind: 'class' | 'teacher', id: string) => `HOMEWORK-BOOK#${kind}#${id}`,
  bookItem: (
    kind: 'class' | 'teacher',
    id: string,
    session: { date: string; start: string; activityId: string; seriesDate: string },
  ) => ({
    PK: `HOMEWORK-BOOK#${kind}#${id}`,
    SK: `${session.date}#${session.start}#${session.activityId}#${session.seriesDate}`,
  }),
  duePartition: (classId: string) => `HOMEWORK-DUE#${classId}`,
  dueItem: (
    classId: string,
    work: { dueDate: string; workId: string },
    session: { activityId: string; seriesDate: string },
  ) => ({
    PK: `HOMEWORK-DUE#${classId}`,
    SK: `${work.dueDate}#${session.activityId}#${session.seriesDate}#${work.workId}`,
  }),
  donePartition: (pupilId: string) => `HOMEWORK-DONE#${pupilId}`,
  done: (pupilId: string, work: { dueDate: string; workId: string }) => ({
    PK: `HOMEWORK-DONE#${pupilId}`,
    SK: `${work.dueDate}#${work.workId}`,
  }),
  span: (from: string, to: string) => ({ from, to: endOfDay(to) }),
  reader: (personId: string) => ({ PK: `HOMEWORK-READER#${personId}`, SK: 'READER' }),
  readerIndexAttributes: (personId: string) => ({ GSI1PK: 'HOMEWORK-READERS', GSI1SK: personId }),
  readers: { index: 'GSI1', partitionKey: 'HOMEWORK-READERS' } as const,
  shelfPartition: (classId: string) => `HOMEWORK-SHELF#${classId}`,
  shelfCount: (classId: string) => ({ PK: `HOMEWORK-SHELF#${classId}`, SK: 'COUNT' }),
  shelfLink: (classId: string, addedAt: string, linkId: string) => ({
    PK: `HOMEWORK-SHELF#${classId}`,
    SK: `LINK#${addedAt}#${linkId}`,
  }),
  shelfLinkPrefix: 'LINK#',
};
