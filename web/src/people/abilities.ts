import type { Profile } from '#domain/identity/profile';

const holdsAny = (profiles: readonly Profile[], wanted: readonly Profile[]) =>
  profiles.some((profile) => wanted.includes(profile));

/** What a person's profiles open in the portal; the API decides for good, this only shapes the pages. */
export const abilitiesOf = (profiles: readonly Profile[]) => ({
  seesOwnChildren: profiles.includes('guardian'),
  seesOwnClasses: profiles.includes('teacher'),
  /** The authority's account starts a school (codes for its administrators) but reads none of its classes. */
  seesAllClasses: holdsAny(profiles, ['staff', 'planner', 'school-admin']),
  makesActivationCodes: holdsAny(profiles, ['school-admin', 'authority-admin']),
  isStudent: profiles.includes('student'),
});

/** Imports rewrite the school's directory: its own administrators only, not the authority's. */
export const importsDirectory = (profiles: readonly Profile[]) => profiles.includes('school-admin');

/** The directory search is for those who deal with the whole school: staff, planners, administrators. */
export const searchesDirectory = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'planner', 'school-admin']);

/** Merging duplicate guardians changes families: the school's staff and administrators. */
export const mergesDuplicates = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'school-admin']);

/** The plannings of places and projects: everyone who works or studies at the school, not families. */
export const readsPlanning = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['student', 'teacher', 'staff', 'planner', 'school-admin']);

/** Every project of the school, not only one's own: those who run the school's planning and its requests. */
export const handlesSchoolProjects = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'planner', 'school-admin']);

/** Planning activities, moving and cancelling them: planners and the school's administrators. */
export const writesPlanning = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['planner', 'school-admin']);

/** Calendar feeds of any planning and mini-sites for people without an account: planners and administrators. */
export const publishesSharing = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['planner', 'school-admin']);

/** Requests to the team for a project: everyone who works or studies at the school, not families. */
export const submitsRequests = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['student', 'teacher', 'staff', 'planner', 'school-admin']);

/** The team in charge of requests: sees them all and moves them on. */
export const handlesRequests = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'planner', 'school-admin']);

/** The request forms themselves: planners and the school's administrators. */
export const definesForms = (profiles: readonly Profile[]) => holdsAny(profiles, ['planner', 'school-admin']);

/** Students and teachers come for their own week of courses. */
export const hasOwnPlanning = (profiles: readonly Profile[]) => holdsAny(profiles, ['student', 'teacher']);

/** The homework book: pupils, their families, their teachers, the staff and the head of school. */
export const keepsHomework = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['student', 'guardian', 'teacher', 'staff', 'school-admin']);

/** The inventory of instruments, its import and catalogues: those who keep it (`loans:write`). */
export const keepsInstruments = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'school-admin']);

/** Asking to borrow an instrument, and one's loans: pupils and teachers for themselves, guardians for their children. */
export const borrowsInstruments = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['student', 'guardian', 'teacher']);

/** Borrowing for oneself (`loans:request` on self): pupils and teachers; a guardian borrows for their children. */
export const borrowsForThemself = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['student', 'teacher']);

/** One's own absences (a pupil), one's children's (a guardian): the « Absences » page. */
export const followsAbsences = (profiles: readonly Profile[]) => holdsAny(profiles, ['student', 'guardian']);

/** The families' reasons to decide, the flagged pupils and the counts: vie scolaire and the head of school. */
export const decidesAbsences = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'school-admin']);

/** The roll call of one's courses: teachers. */
export const takesRollCall = (profiles: readonly Profile[]) => profiles.includes('teacher');

/** Vie scolaire's live day: the staff and the head of school. */
export const followsAttendance = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['staff', 'school-admin']);

/** The school's audit trail and how long it is kept: its administrators. */
export const readsAudit = (profiles: readonly Profile[]) => profiles.includes('school-admin');

/**
 * Booking a room: students to practise, within the rights of their curriculum; teachers for their own work, within
 * the rules the school sets for teachers (the page says so when it sets none).
 */
export const makesBookings = (profiles: readonly Profile[]) => holdsAny(profiles, ['student', 'teacher']);

/** Answering students' booking requests and setting the booking rules: planners and administrators. */
export const managesBookings = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['planner', 'school-admin']);

/** The liaison book: families sign its notes, pupils read theirs, teachers and the school's team write them. */
export const readsLiaisonBook = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['guardian', 'student', 'teacher', 'staff', 'school-admin']);

/** Who writes liaison notes: teachers to their classes' families, the school's team to any. */
export const writesLiaisonNotes = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['teacher', 'staff', 'school-admin']);

/** Who writes to a whole level's families: the school's team only. */
export const writesToLevels = (profiles: readonly Profile[]) => holdsAny(profiles, ['staff', 'school-admin']);

/** Messages: everyone who belongs to the school; the authority's account reads none of its conversations. */
export const usesMessaging = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['student', 'guardian', 'teacher', 'staff', 'planner', 'school-admin']);

/** « Ventes »: hiring the halls out, its clients, quotes, invoices and payments: the sales desk and the head. */
export const sells = (profiles: readonly Profile[]) => holdsAny(profiles, ['sales', 'school-admin']);

/** T23 time: planning the technical team's shifts, approving its weeks and exporting them (`time:plan`). */
export const plansTeamTime = (profiles: readonly Profile[]) =>
  holdsAny(profiles, ['planner', 'school-admin']);

/** T23 time: one's own shifts and hours (`time:read` for oneself): the technical staff. */
export const keepsOwnHours = (profiles: readonly Profile[]) => profiles.includes('staff');
