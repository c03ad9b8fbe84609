import * as z from 'zod/mini';
import { calendarDateSchema, idSchema, schoolYearSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/**
 * The homework book (le cahier de textes): each session of a course, an occurrence of its activity in the planning
 * (moved or not, named by its activity and the day its schedule gives it), has an entry: what was done, links,
 * and the work given, due for a later session of the same course or for a date.
 */
export interface SessionRef {
  activityId: string;
  seriesDate: string;
}

/** A session as the planning gives it today: where the book reads its day, its course, its classes, its teachers. */
export interface Session extends SessionRef {
  projectId: string;
  title: string;
  date: string;
  start: string;
  end: string;
  classIds: string[];
  teacherIds: string[];
}

export interface Link {
  url: string;
  title?: string;
}

/** Work given in a session, due on a day: the day of a later session of the course when one is named. */
export interface Work {
  workId: string;
  text: string;
  dueDate: string;
  dueSession?: SessionRef;
}

/** The entry of one session, at one version: each version is kept, with who wrote it and when. */
export interface SessionEntry {
  session: Session;
  content: string;
  links: Link[];
  works: Work[];
  version: number;
  writtenBy: { personId: string; name: string };
  writtenAt: string;
}

/** A work as a pupil's list shows it: with its session, and whether the pupil ticked it done. */
export interface DueWork extends Work {
  session: Pick<Session, 'activityId' | 'seriesDate' | 'title' | 'date' | 'classIds'>;
  done?: boolean;
}

/** A link of a class's or group's shelf, with the comment that says why it is there. */
export interface ShelfLink {
  linkId: string;
  classId: string;
  url: string;
  title: string;
  comment: string;
  addedBy: { personId: string; name: string };
  addedAt: string;
}

export const maxWorksPerSession = 10;
export const maxLinksPerSession = 10;
export const maxShelfLinks = 100;

/** An http(s) address: no `javascript:` or `data:` link reaches a pupil's page. */
export const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
};

export const webAddressSchema = z
  .string('must be a web address')
  .check(
    z.trim(),
    z.maxLength(2000, 'must be at most 2000 characters'),
    z.refine(isWebAddress, 'must be a web address starting with https://'),
  );

const linkSchema = z.strictObject({ url: webAddressSchema, title: z.optional(text(200)) });

const sessionRefSchema = z.strictObject({ activityId: idSchema, seriesDate: calendarDateSchema });

/** Work is due for a later session of the course (`dueSession`), or for a day (`dueDate`): one of the two. */
const workInputSchema = z.strictObject({
  workId: z.optional(idSchema),
  text: text(2000),
  dueDate: z.optional(calendarDateSchema),
  dueSession: z.optional(sessionRefSchema),
});

export const entryInputSchema = z.strictObject({
  content: z._default(z.string().check(z.trim(), z.maxLength(10000, 'must be at most 10000 characters')), ''),
  links: z._default(
    z
      .array(linkSchema)
      .check(z.maxLength(maxLinksPerSession, `must list at most ${maxLinksPerSession} links`)),
    [],
  ),
  works: z._default(
    z
      .array(workInputSchema)
      .check(z.maxLength(maxWorksPerSession, `must list at most ${maxWorksPerSession} works`)),
    [],
  ),
  /** The version read; absent when the session has no entry yet. */
  version: z.optional(z.int('must be the version you read').check(z.gte(1, 'must be the version you read'))),
});
export type EntryInput = z.output<typeof entryInputSchema>;
export type WorkInput = EntryInput['works'][number];

export const copyInputSchema = z.strictObject({ to: sessionRefSchema });

export const tickInputSchema = z.strictObject({
  activityId: idSchema,
  seriesDate: calendarDateSchema,
  workId: idSchema,
  done: z.boolean('must be true or false'),
});

export const dueQuerySchema = z.strictObject({
  from: z.optional(calendarDateSchema),
  to: z.optional(calendarDateSchema),
});

export const bookKinds = ['class', 'teacher'] as const;
export type BookKind = (typeof bookKinds)[number];
export const bookKindSchema = z.enum(bookKinds, 'must be class or teacher');
export const bookQuerySchema = z.strictObject({ year: z.optional(schoolYearSchema) });

export const shelfLinkInputSchema = z.strictObject({
  url: webAddressSchema,
  title: text(200),
  comment: z._default(z.string().check(z.trim(), z.maxLength(1000, 'must be at most 1000 characters')), ''),
});

/** How many days a pupil's list covers when not told: « Pour demain », then the two weeks after. */
export const dueSpanDays = 14;
