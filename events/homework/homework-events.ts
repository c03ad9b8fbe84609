import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const homeworkSource = 'preau.homework';

const sessionSchema = z.strictObject({
  activityId: z.string(),
  seriesDate: z.string(),
  projectId: z.string(),
  title: z.string(),
  date: z.string(),
  /** The classes and groups the work is for: notifications find their pupils and guardians from them. */
  classIds: z.array(z.string()),
});

export const homeworkGiven = defineEvent({
  source: homeworkSource,
  detailType: 'HomeworkGiven',
  version: '1',
  description:
    'A teacher gave work in a session of a course: the new works by id and due day, for the classes of the session (never a pupil by name).',
  dataSchema: z.strictObject({
    ...sessionSchema.shape,
    givenBy: z.string(),
    works: z.array(z.strictObject({ workId: z.string(), dueDate: z.string() })),
  }),
});

export const sessionEntryWritten = defineEvent({
  source: homeworkSource,
  detailType: 'SessionEntryWritten',
  version: '1',
  description:
    "A session's entry in the homework book was written or edited: its new version, and who wrote it (the history keeps every version).",
  dataSchema: z.strictObject({
    ...sessionSchema.shape,
    version: z.int(),
    writtenBy: z.string(),
  }),
});
