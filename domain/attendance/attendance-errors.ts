/**
 * The codes of the roll call's refusals. H1 roll call: a register of a session the teacher does not give, a
 * register of a past day for a teacher, a mark for someone who is not a pupil of the session, late without minutes.
 */
export const attendanceErrorCodes = [
  // H1 roll call
  'not_your_course',
  'register_closed',
  'not_a_pupil_of_session',
  'late_needs_minutes',
  // H2 absences
  'already_decided',
  // H8 documents
  'document_unknown',
  'document_already_used',
] as const;
export type AttendanceErrorCode = (typeof attendanceErrorCodes)[number];
