import type { PlanningConflict } from '#domain/planning/planning-conflict';
import { ConflictError } from '#domain/shared/errors';

/**
 * The student already has something then: a course of their class or group, a lesson, another booking (409). It
 * names that activity by its title and times only, never the people in it.
 */
export class OwnActivityError extends ConflictError {
  constructor(conflict: Pick<PlanningConflict, 'title' | 'date' | 'start' | 'end'>) {
    const { title, date, start, end } = conflict;
    super('own_activity', `You already have « ${title} » then (${date}, ${start}–${end})`, {
      activity: { title, date, start, end },
    });
    this.name = 'OwnActivityError';
  }
}

/** The codes of booking's refusals: the rules of a curriculum (403), the student's own day (409), a request answered. */
export const bookingErrorCodes = [
  'not_bookable',
  'no_rights',
  'room_kind',
  'teacher_no_rights',
  'teacher_room_kind',
  'past_day',
  'own_activity',
  'already_answered',
] as const;
