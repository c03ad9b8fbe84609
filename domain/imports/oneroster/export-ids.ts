import { keyOf } from '../../shared/text';

/** The sourcedIds Préau writes: derived from stable directory ids, so that each export repeats them. */
export const exportIds = {
  org: (uai: string) => uai,
  schoolYear: (schoolYear: string) => `year:${schoolYear}`,
  role: (personId: string) => `role:${personId}`,
  familyRole: (personId: string) => `role:${personId}:guardian`,
  class: (code: string) => `class:${code}`,
  course: (code: string) => `course:${code}`,
  enrollment: (code: string, personId: string, subject?: string) =>
    ['enrollment', code, personId, ...(subject ? [keyOf(subject)] : [])].join(':'),
};
