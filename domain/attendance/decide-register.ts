import type { Actor } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { RefusedError, ValidationError } from '#domain/shared/errors';
import {
  type AbsenceKind,
  type Mark,
  notTakenAfterMinutes,
  type PupilMark,
  type Register,
  type RegisterInput,
  type RegisterSession,
} from './register';

/**
 * Who takes a session's register: the school (vie scolaire, the head of school) at any time; a teacher of the
 * session (a substitute's once the session is moved to them) on the session's day only.
 */
export type Taker = 'school' | 'teacher';

export const teachesSession = (actor: Actor, session: RegisterSession) =>
  actor.profiles.includes('teacher') && session.teacherIds.includes(actor.personId);

export const isSchool = (actor: Actor) => scopesHeld('attendance:take', actor.profiles).has('any');

/** How the actor may take the register on `today` (the school's day): refused with why, when they may not. */
export const takerOf = (actor: Actor, session: RegisterSession, today: string): Taker => {
  if (isSchool(actor)) return 'school';
  if (!teachesSession(actor, session))
    throw new RefusedError(
      'not_your_course',
      'Only the teachers of a course and the school take its register',
    );
  if (session.date !== today)
    throw new RefusedError('register_closed', 'A teacher takes a register on the day of the course only');
  return 'teacher';
};

/**
 * Every pupil's mark from what was sent: the pupils listed absent or late, every other pupil of the session present.
 * Each listed person must be a pupil of the session, listed once; late needs its minutes. Every problem at once.
 */
export const marksOf = (
  input: RegisterInput,
  pupils: readonly { personId: string; firstName: string; lastName: string }[],
): PupilMark[] => {
  const problems: ValidationError[] = [];
  const given = new Map<string, RegisterInput['marks'][number]>();
  const ofSession = new Set(pupils.map((pupil) => pupil.personId));
  input.marks.forEach((mark, index) => {
    if (!ofSession.has(mark.personId))
      problems.push(
        new ValidationError(
          `marks.${index}.personId`,
          'must be a pupil of the session',
          'not_a_pupil_of_session',
        ),
      );
    else if (given.has(mark.personId))
      problems.push(new ValidationError(`marks.${index}.personId`, 'must be listed once', 'invalid'));
    if (mark.mark === 'late' && mark.minutes === undefined)
      problems.push(
        new ValidationError(`marks.${index}.minutes`, 'must say how many minutes late', 'late_needs_minutes'),
      );
    given.set(mark.personId, mark);
  });
  const [first, ...rest] = problems;
  if (first) throw ValidationError.of([first, ...rest]);
  return pupils.map(({ personId, firstName, lastName }) => {
    const mark = given.get(personId);
    if (!mark || mark.mark === 'present') return { personId, firstName, lastName, mark: 'present' };
    return mark.mark === 'late'
      ? { personId, firstName, lastName, mark: 'late', minutes: mark.minutes }
      : { personId, firstName, lastName, mark: 'absent' };
  });
};

const markOf = (register: Register | undefined, personId: string): Mark =>
  register?.pupils.find((pupil) => pupil.personId === personId)?.mark ?? 'present';

/**
 * What changed from one version to the next, for the guardians to be told: the pupils newly absent or late, and
 * those whose absence or lateness is taken back (absent then late is both: the absence taken back, the lateness new).
 */
export const changesOf = (register: Register, previous: Register | undefined) => {
  const recorded: Record<AbsenceKind, string[]> = { absent: [], late: [] };
  const cancelled: Record<AbsenceKind, string[]> = { absent: [], late: [] };
  const personIds = new Set([
    ...register.pupils.map((pupil) => pupil.personId),
    ...(previous?.pupils ?? []).map((pupil) => pupil.personId),
  ]);
  for (const personId of personIds) {
    const before = markOf(previous, personId);
    const now = markOf(register, personId);
    if (before === now) continue;
    if (before !== 'present') cancelled[before].push(personId);
    if (now !== 'present') recorded[now].push(personId);
  }
  return { recorded, cancelled };
};

/** Lists of at most `size`: an event names at most 100 pupils. */
export const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
};

/** A course's register is late once its start is `notTakenAfterMinutes` behind, until it is taken. */
export const isOverdue = (session: Pick<RegisterSession, 'startsAt'>, now: Date) =>
  Date.parse(session.startsAt) + notTakenAfterMinutes * 60_000 <= now.getTime();
