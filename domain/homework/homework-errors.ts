/**
 * The codes of the homework book's refusals: work due before the session is over, due for a session that is not
 * a later one of the same course, a copy onto the session itself, a session a teacher does not give.
 */
export const homeworkErrorCodes = [
  'due_not_after_session',
  'due_not_a_later_session',
  'due_twice',
  'copy_onto_itself',
  'not_your_session',
  'shelf_full',
] as const;
export type HomeworkErrorCode = (typeof homeworkErrorCodes)[number];
