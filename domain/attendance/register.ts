import * as z from 'zod/mini';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';

/**
 * The roll call's shared record (H1 writes it, the absences read it). A course session (an occurrence of its
 * activity in the planning, moved or not: `activityId` + `seriesDate`, as the homework book names a session) has at
 * most one register: a mark per pupil, who took it and when, versioned (each version kept, for the audit). Each
 * pupil marked absent or late also has an absence item under the pupil, so that a pupil's absences over a period
 * are one query; both are written in one transaction with the events.
 */
export interface SessionRef {
  activityId: string;
  seriesDate: string;
}

export const marks = ['present', 'absent', 'late'] as const;
export type Mark = (typeof marks)[number];
/** What an absence item records: an absence from the session, or a late arrival. */
export type AbsenceKind = Exclude<Mark, 'present'>;

export interface PupilMark {
  personId: string;
  /** The pupil's name when the register was taken: the register is a record, printed and read as it was. */
  firstName: string;
  lastName: string;
  mark: Mark;
  /** Minutes late, for `late` only. */
  minutes?: number;
}

/** The course session a register is for, as the planning gave it when the register was taken. */
export interface RegisterSession extends SessionRef {
  projectId: string;
  title: string;
  /** The day it takes place (moved or not) and its local times, in the school's zone. */
  date: string;
  start: string;
  end: string;
  /** Its instants, ISO 8601 UTC. */
  startsAt: string;
  endsAt: string;
  classIds: string[];
  teacherIds: string[];
  /** The pupils taking part in person (an individual lesson), beside those of its classes and groups. */
  inPersonPupilIds: string[];
}

export interface Register {
  /** `<activityId>#<seriesDate>`: one register per session. */
  registerId: string;
  session: RegisterSession;
  /** Every pupil of the session, present or not. */
  pupils: PupilMark[];
  version: number;
  takenBy: string;
  takenAt: string;
}

/** A pupil's absence from (or late arrival at) one session: pupil-keyed, read by justifications and counts. */
export interface AbsenceItem {
  pupilId: string;
  registerId: string;
  activityId: string;
  seriesDate: string;
  title: string;
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  classIds: string[];
  kind: AbsenceKind;
  minutes?: number;
  recordedBy: string;
  recordedAt: string;
}

export const registerIdOf = (ref: SessionRef) => `${ref.activityId}#${ref.seriesDate}`;

/** How late a pupil may be marked: beyond, an absence. */
export const maxLateMinutes = 240;
/** A session holds at most this many pupils in one register (a transaction writes a register and its absences). */
export const maxPupilsPerRegister = 90;
/** How long after its start a course's register counts as not taken, for vie scolaire and the teacher's reminder. */
export const notTakenAfterMinutes = 15;

const pupilMarkSchema = z.strictObject({
  personId: idSchema,
  mark: z.enum(marks, 'must be present, absent or late'),
  minutes: z.optional(
    z
      .int('must be a whole number of minutes')
      .check(
        z.gte(1, 'must be at least 1 minute'),
        z.lte(maxLateMinutes, `must be at most ${maxLateMinutes} minutes`),
      ),
  ),
});

/**
 * A register as a teacher saves it: the pupils not present (absent or late); every other pupil of the session is
 * present. `version` is the one read, absent for the first save.
 */
export const registerInputSchema = z.strictObject({
  marks: z
    .array(pupilMarkSchema)
    .check(z.maxLength(maxPupilsPerRegister, `must list at most ${maxPupilsPerRegister} pupils`)),
  version: z.optional(z.int('must be the version you read').check(z.gte(1, 'must be the version you read'))),
});
export type RegisterInput = z.output<typeof registerInputSchema>;

export const dayQuerySchema = z.strictObject({ date: z.optional(calendarDateSchema) });
