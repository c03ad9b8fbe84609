import type { Profile } from './profile';

/**
 * The rights table: who may do what, to which resources. Every handler applies it through `authorize`.
 *
 * A right names a scope per profile; a profile absent from a row has no right. Scopes:
 * - `any`: every resource of the school;
 * - `self`: the person themself;
 * - `own-children`: the students the person is a legal guardian of;
 * - `own-classes`: the classes a teacher teaches, and their students;
 * - `school-admins`: accounts of people who hold the school-admin profile (the authority starts each school);
 * - `project-members`: projects the person takes part in, in person or through their class or group;
 * - `own-projects`: the people who take part, in person, in a project the person takes part in;
 * - `adults`: people who are not students (teachers, staff, guest artists).
 *
 * Rights on people and classes deny with 404, as a 403 would tell a stranger that the child exists.
 */
export const rights = {
  'places:read': {
    student: ['any'],
    guardian: ['any'],
    teacher: ['any'],
    staff: ['any'],
    planner: ['any'],
    sales: ['any'],
    'school-admin': ['any'],
    'authority-admin': ['any'],
  },
  'places:write': { planner: ['any'], 'school-admin': ['any'] },
  'people:read': {
    student: ['self'],
    guardian: ['self', 'own-children'],
    teacher: ['self', 'own-classes'],
    staff: ['any'],
    planner: ['any'],
    sales: ['self'],
    'school-admin': ['any'],
    'authority-admin': ['self'],
  },
  'people:search': { staff: ['any'], planner: ['any'], 'school-admin': ['any'] },
  'people:add': { staff: ['any'], 'school-admin': ['any'] },
  'people:update-contact': {
    guardian: ['self'],
    teacher: ['self'],
    staff: ['any'],
    planner: ['self'],
    sales: ['self'],
    'school-admin': ['any'],
    'authority-admin': ['self'],
  },
  'people:read-changes': { 'school-admin': ['any'] },
  'classes:read': {
    teacher: ['own-classes'],
    staff: ['any'],
    planner: ['any'],
    'school-admin': ['any'],
  },
  'accounts:issue-codes': { 'school-admin': ['any'], 'authority-admin': ['school-admins'] },
  'directory:import': { 'school-admin': ['any'] },
  'directory:export': { 'school-admin': ['any'] },
  'directory:merge': { staff: ['any'], 'school-admin': ['any'] },
  /** The plannings of places, projects and equipment, the general planning, free places, project sheets. */
  'planning:read': {
    student: ['any'],
    teacher: ['any'],
    staff: ['any'],
    planner: ['any'],
    /** The sales desk reads the places' plannings and the free places, to offer slots to its clients. */
    sales: ['any'],
    'school-admin': ['any'],
  },
  /**
   * A person's week, and who every planning, agenda, activity, conflict, booking, feed and mini-site names: a
   * student's courses tell where a child is, hour by hour. Adults' working hours are the school's to show; a
   * teacher sees the pupils of the classes they teach and of the projects they take part in, in person (their
   * instrument pupils, their cast); applied to every answer by `person-visibility.ts`.
   */
  'planning:read-person': {
    student: ['self', 'adults'],
    guardian: ['self', 'own-children', 'adults'],
    teacher: ['self', 'own-classes', 'own-projects', 'adults'],
    staff: ['any'],
    planner: ['any'],
    sales: ['self', 'adults'],
    'school-admin': ['any'],
    'authority-admin': ['self'],
  },
  /** A project sheet names its members, children among them: a student reads the projects they take part in. */
  'projects:read': {
    student: ['project-members'],
    teacher: ['any'],
    staff: ['any'],
    planner: ['any'],
    'school-admin': ['any'],
  },
  'planning:write': { planner: ['any'], 'school-admin': ['any'] },
  /**
   * Students book rooms to practise, within the rules of their curriculum; teachers for their own work, within the
   * rules the school sets for teachers (none, no booking).
   */
  'bookings:make': { student: ['self'], teacher: ['self'] },
  /** The rules of the curricula, and the requests beyond them. */
  'bookings:manage': { planner: ['any'], 'school-admin': ['any'] },
  /**
   * A calendar feed of someone's planning lives on in a calendar app, outside the portal and its rights: one's own,
   * one's child's, or anyone's by the planners. A teacher reads their pupils' weeks but takes no feed of them.
   */
  'feeds:person': {
    student: ['self'],
    guardian: ['self', 'own-children'],
    teacher: ['self'],
    staff: ['self'],
    planner: ['any'],
    sales: ['self'],
    'school-admin': ['any'],
    'authority-admin': ['self'],
  },
  /** Calendar feeds and mini-sites of any planning, for people outside the portal; revoking anyone's feed. */
  'sharing:publish': { planner: ['any'], 'school-admin': ['any'] },
  /** The final planning of a period, for attendance sheets in the school software. */
  'planning:export': { staff: ['any'], planner: ['any'], 'school-admin': ['any'] },
  /** The request forms the school offers (technical needs of a recital…): their questions, open or closed. */
  'forms:define': { planner: ['any'], 'school-admin': ['any'] },
  /** Submitting a request form for a project: students and teachers for the projects they take part in. */
  'form-requests:submit': {
    student: ['project-members'],
    teacher: ['project-members'],
    staff: ['any'],
    planner: ['any'],
    'school-admin': ['any'],
  },
  /** The team in charge of requests: reads them all, moves them from state to state. */
  'form-requests:handle': { staff: ['any'], planner: ['any'], 'school-admin': ['any'] },
  /** The school's audit trail: who changed, published, revoked or signed in, and when. */
  'audit:read': { 'school-admin': ['any'] },
  /** How long the audit trail keeps its entries. */
  'audit:configure': { 'school-admin': ['any'] },
  /**
   * A pupil's other contacts on their sheet (SIECLE `RESP_LEGAL` 0: a grandparent, a neighbour to call): the school
   * calls them, so its staff reads them; a guardian, a teacher or the pupil do not, as these are third parties'
   * numbers given to the school, not the family's record.
   */
  'people:read-contacts': { staff: ['any'], planner: ['any'], 'school-admin': ['any'] },
  // School life — work groups (H4)
  /** Work groups (a teachers' team, a project group, a class council): created by teachers and the staff. */
  'messaging:create-group': { teacher: ['any'], staff: ['any'], 'school-admin': ['any'] },
  /** A pupil joins a group only through their teachers (a class they teach) or the staff; adults through anyone's. */
  'messaging:add-pupil-to-group': { teacher: ['own-classes'], staff: ['any'], 'school-admin': ['any'] },
  // Messages (school life): one's own inbox and conversations; writing, within who may write to whom.
  'messaging:read': {
    student: ['self'],
    guardian: ['self'],
    teacher: ['self'],
    staff: ['self'],
    planner: ['self'],
    'school-admin': ['self'],
  },
  'messaging:write': {
    student: ['self'],
    guardian: ['self'],
    teacher: ['self'],
    staff: ['self'],
    planner: ['self'],
    'school-admin': ['self'],
  },
  // School life, messages — who may write to whom, and safety (H2).
  /** The school's settings of who may write to whom (within the national rule) and of how long messages are kept. */
  'messaging:configure': { 'school-admin': ['any'] },
  /** The reports of messages, withdrawing a message from every inbox, muting and unmuting a person. */
  'messaging:moderate': { 'school-admin': ['any'] },
  // School life, notifications (H5): one's own feed, choices and devices; nobody reads another's.
  'messaging:notifications': {
    student: ['self'],
    guardian: ['self'],
    teacher: ['self'],
    staff: ['self'],
    planner: ['self'],
    'school-admin': ['self'],
    'authority-admin': ['self'],
  },
  // School life — the liaison book
  /** Posting a liaison note to guardians: a teacher to the guardians of their classes and pupils; the school to any. */
  'messaging:liaison-post': { teacher: ['own-classes'], staff: ['any'], 'school-admin': ['any'] },
  /** A note to a whole level's guardians: the school only (only staff write to all parents, the national rule). */
  'messaging:liaison-post-level': { staff: ['any'], 'school-admin': ['any'] },
  /** Reading the notes one received: a guardian's, and a student's about themself (a student does not sign). */
  'messaging:liaison-read': { student: ['self'], guardian: ['self'] },
  /** « Vu et signé »: the guardian a note went to, once. */
  'messaging:liaison-sign': { guardian: ['self'] },
  /** Following and reminding any note of the school, beside its author: the school's team. */
  'messaging:liaison-follow': { staff: ['any'], 'school-admin': ['any'] },
  // The homework book (issue 17).
  /**
   * A pupil's homework by due day, and the sessions of a class: the pupil, their guardians, their teachers, the
   * staff and the head of school. A session's page is read by its classes' pupils, guardians and teachers too
   * (`domain/homework/session-readers.ts`); only the teachers of a session write in it.
   */
  'homework:read': {
    student: ['self'],
    guardian: ['own-children'],
    teacher: ['own-classes'],
    staff: ['any'],
    'school-admin': ['any'],
  },
  /** A class's or a teacher's book for a year, and its PDF: the head of school, and the readers they name. */
  'homework:read-book': { 'school-admin': ['any'] },
  /** Naming the readers of the books (inspectors): a right granted to named people, not a profile. */
  'homework:grant-readers': { 'school-admin': ['any'] },
  /** The links of a class's shelf: its teachers, the staff and the head of school. */
  'homework:shelf': { teacher: ['own-classes'], staff: ['any'], 'school-admin': ['any'] },
  // The roll call (issue 17).
  // H1 roll call
  /**
   * Taking a course session's register: its teachers (a substitute's once the session is moved to them) on the day
   * of the session, the staff (vie scolaire) and the head of school at any time (`domain/attendance/take-register.ts`).
   */
  'attendance:take': { teacher: ['own-classes'], staff: ['any'], 'school-admin': ['any'] },
  /** Vie scolaire's live day: the day's absences, the registers not taken, absent then present. */
  'attendance:read-day': { staff: ['any'], 'school-admin': ['any'] },
  // H2 absences
  /** A pupil's absences, justifications and counts: the pupil, their guardians and teachers, staff, the head. */
  'attendance:read-absences': {
    student: ['self'],
    guardian: ['own-children'],
    teacher: ['own-classes'],
    staff: ['any'],
    'school-admin': ['any'],
  },
  /** Declaring an absence ahead or justifying one: the pupil's guardians, and staff on a family's word. */
  'attendance:justify': { guardian: ['own-children'], staff: ['any'], 'school-admin': ['any'] },
  /** Accepting or refusing a reason, the flagged pupils, the exports: vie scolaire and the head of school. */
  'attendance:decide': { staff: ['any'], 'school-admin': ['any'] },
  /** A class's counts for a period: its teachers, staff and the head of school. */
  'attendance:counts': { teacher: ['own-classes'], staff: ['any'], 'school-admin': ['any'] },
  // Instruments and loans (issue 19).
  // L1 inventory
  /**
   * The inventory: its items, their history, the labels and the export. Teachers read it (which cello is free for
   * their pupil), planners too (the planning's equipment is inventory); the public reads the catalogues only.
   */
  'loans:read': { teacher: ['any'], staff: ['any'], planner: ['any'], 'school-admin': ['any'] },
  /** Adding, changing and importing items, publishing the catalogues: the staff and the head of school. */
  'loans:write': { staff: ['any'], 'school-admin': ['any'] },
  // L2 loan form
  /**
   * A loan's form: the borrower reads it, uploads the insurance and signs when of age; a guardian does for their
   * minor child. Staff read every loan's form through `loans:write` (they hand over and check the returns).
   */
  'loans:sign': { student: ['self'], guardian: ['own-children'], teacher: ['self'] },
  // L3 overdue and campaign
  /** « Je renouvelle » or « je rends » on a renewal of the yearly campaign: the borrower, a pupil's guardians, staff. */
  'loans:renew': {
    student: ['self'],
    guardian: ['own-children'],
    teacher: ['self'],
    staff: ['any'],
    'school-admin': ['any'],
  },
  // L1 loans
  /**
   * Asking to borrow, reading and cancelling one's loans: a pupil for themself, a guardian for their children, a
   * teacher for themself; staff for anyone (they decide with `loans:write`). Denied as not found: a loan tells
   * which instrument a child plays.
   */
  'loans:request': {
    student: ['self'],
    guardian: ['own-children'],
    teacher: ['self'],
    staff: ['any'],
    'school-admin': ['any'],
  },
  // Sales (issue 18): hiring the halls out. The sales desk and the head of school; no child is ever named there.
  // S1 clients, grids, quotes
  /** The clients, rate grids and quotes, the places free for a quote's slots. */
  'sales:read': { sales: ['any'], 'school-admin': ['any'] },
  /** Creating and changing clients, grids and draft quotes; cancelling a draft. */
  'sales:write': { sales: ['any'], 'school-admin': ['any'] },
  // S2 holds, client's link, documents
  // S3 invoices
  /** Issuing invoices and credit notes, recording the number an EPLE's or a town's accounting gave a draft. */
  'sales:invoice': { sales: ['any'], 'school-admin': ['any'] },
  // S4 payments, journal
  /** Payments and their cancellations, the overdue list, the sales journal: money matters, not the menu's planners. */
  'sales:payments': { sales: ['any'], 'school-admin': ['any'] },
  // Technical staff's time (issue 20): contracts, shifts, actual hours, the weekly approval.
  // T1 contracts and shifts
  /** A person's shifts, weeks and totals: each technician their own, the planners and the head of school all. */
  'time:read': { staff: ['self'], planner: ['any'], 'school-admin': ['any'] },
  /** Contracts, shifts, candidates: the planners and the head of school. */
  'time:plan': { planner: ['any'], 'school-admin': ['any'] },
  // T2 hours, approval, exports
  /** Recording actual hours: each technician their own, the planners and the head of school anyone's. */
  'time:record': { staff: ['self'], planner: ['any'], 'school-admin': ['any'] },
  /** Approving and reopening weeks, the exports, everyone's totals: the planners and the head of school. */
  'time:approve': { planner: ['any'], 'school-admin': ['any'] },
} as const satisfies Record<string, Partial<Record<Profile, readonly Scope[]>>>;

export type Scope =
  | 'any'
  | 'self'
  | 'own-children'
  | 'own-classes'
  | 'school-admins'
  | 'project-members'
  | 'own-projects'
  | 'adults';

export type Action = keyof typeof rights;

/** Actions whose denial answers "not found", so that nobody learns a person or class exists. */
export const hiddenWhenDenied: ReadonlySet<Action> = new Set<Action>([
  'people:read',
  'people:update-contact',
  'people:read-changes',
  'classes:read',
  'planning:read-person',
  'projects:read',
  'feeds:person',
  'form-requests:submit',
  'messaging:liaison-post',
  'homework:read',
  'attendance:take',
  'attendance:read-absences',
  'attendance:justify',
  'attendance:counts',
  'loans:sign',
  'loans:request',
  'time:read',
  'time:record',
]);

export const scopesOf = (action: Action, profile: Profile): readonly Scope[] =>
  (rights[action] as Partial<Record<Profile, readonly Scope[]>>)[profile] ?? [];

/** Every scope a person's profiles hold for an action: none means the action is not theirs at all. */
export const scopesHeld = (action: Action, profiles: readonly Profile[]): ReadonlySet<Scope> =>
  new Set(profiles.flatMap((profile) => scopesOf(action, profile)));
