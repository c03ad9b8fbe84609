import type { Profile } from '#domain/identity/profile';
import { type Audience, type AudienceKind, wholeSchoolKinds } from './audience';

/**
 * Who may write to whom: one table beside the rights table (`domain/identity/rights.ts`). A row names, per
 * profile, what its holder may write to (the grants below); a person holding several profiles writes to what any
 * of them grants. The school may change the rows (`messaging-settings.ts`) but never past the national rule,
 * which no setting reaches: nobody but the staff and the school's administrators writes to a whole level, the
 * guardians of a whole level, or the whole school (ministry, March 2024).
 *
 * Grants:
 * - `everyone`: every person and every list;
 * - `own-classes`: the classes and groups the teacher teaches, as lists and their pupils one by one;
 * - `own-pupils-guardians`: the guardians of those pupils, by class, by pupil, one by one;
 * - `colleagues`: the adults of the school's side (teachers, staff, planners, administrators) one by one, and the
 *   teachers of any class;
 * - `staff`: the staff list, and each of its members;
 * - `own-teachers`: a student's teachers (of their class and groups), one by one and as their class's teachers;
 * - `own-class`: a student's class and groups, as lists and their classmates one by one;
 * - `children-teachers`: the teachers of a guardian's children, one by one and as their class's teachers;
 * - `group-members`: the work groups one belongs to, and their members.
 */
export const grants = [
  'everyone',
  'own-classes',
  'own-pupils-guardians',
  'colleagues',
  'staff',
  'own-teachers',
  'own-class',
  'children-teachers',
  'group-members',
] as const;
export type Grant = (typeof grants)[number];

/** The profiles who write: the authority's administrators write in no school's messages. */
export const writerProfiles = ['student', 'guardian', 'teacher', 'staff', 'planner', 'school-admin'] as const;
export type WriterProfile = (typeof writerProfiles)[number];

export type WhoMayWriteTable = Readonly<Record<WriterProfile, readonly Grant[]>>;

/** The table as the issue sets it, before a school changes it. */
export const defaultWhoMayWrite: WhoMayWriteTable = {
  student: ['own-teachers', 'own-class', 'staff', 'group-members'],
  guardian: ['children-teachers', 'staff', 'group-members'],
  teacher: ['own-classes', 'own-pupils-guardians', 'colleagues', 'staff', 'group-members'],
  staff: ['everyone'],
  planner: ['colleagues', 'staff', 'group-members'],
  'school-admin': ['everyone'],
};

/** The profiles the national rule lets write to a whole level or the whole school. */
export const wholeSchoolWriters: ReadonlySet<Profile> = new Set<Profile>(['staff', 'school-admin']);

/** The grants that mean something for a profile: a school may give a profile these, and only these. */
export const grantsFor: Readonly<Record<WriterProfile, readonly Grant[]>> = {
  student: ['own-teachers', 'own-class', 'colleagues', 'staff', 'group-members'],
  guardian: ['children-teachers', 'colleagues', 'staff', 'group-members'],
  teacher: ['own-classes', 'own-pupils-guardians', 'colleagues', 'staff', 'group-members'],
  staff: ['everyone', 'own-classes', 'own-pupils-guardians', 'colleagues', 'staff', 'group-members'],
  planner: ['colleagues', 'staff', 'group-members'],
  'school-admin': ['everyone'],
};

/** The most people a list may reach with replies to all: a class's size. Beyond, replies go to the sender only. */
export const classSizeLimit = 35;

/**
 * What the rule knows of a person (the writer, or a person written to): their profiles and the classes that tie
 * them to others. Read by `TiesPort.tiesOf`, a few key look-ups.
 */
export interface PersonTies {
  personId: string;
  profiles: readonly Profile[];
  /** A student's class and groups. */
  classIds: readonly string[];
  /** The classes and groups a teacher teaches. */
  taughtClassIds: readonly string[];
  /** A guardian's children. */
  childIds: readonly string[];
  /** The classes and groups of a guardian's children. */
  childClassIds: readonly string[];
  /** The work groups the person belongs to. */
  groupIds: readonly string[];
}

export interface TiesPort {
  /** Undefined for a person the school does not know, or who left it (retired). */
  tiesOf(personId: string): Promise<PersonTies | undefined>;
}

/** Why a writer may not write to an audience: a stable code the portal words. */
export const writeRefusals = [
  /** The national rule: a whole level, its guardians or the whole school are for the staff only. */
  'staff_only_audience',
  /** None of the writer's profiles writes to this kind of recipient or list. */
  'audience_not_allowed',
  /** The writer writes to this kind, but not to this one: a class they do not teach, a teacher not theirs. */
  'recipient_not_related',
  /** The default table would allow it; the school's settings do not. */
  'narrowed_by_school',
  /** The person or list does not exist, or is no longer the school's. */
  'unknown_recipient',
] as const;
export type WriteRefusal = (typeof writeRefusals)[number];

export type WriteDecision = { allowed: true; grant: Grant } | { allowed: false; reason: WriteRefusal };

/** The grants a person's profiles hold in a table. */
export const grantsHeld = (profiles: readonly Profile[], table: WhoMayWriteTable): ReadonlySet<Grant> =>
  new Set(
    profiles.flatMap((profile) =>
      (writerProfiles as readonly string[]).includes(profile) ? table[profile as WriterProfile] : [],
    ),
  );

/** The kinds of audience a grant can ever cover: what a writer holding it may pick in the compose page. */
export const kindsOfGrant: Readonly<Record<Grant, readonly AudienceKind[]>> = {
  everyone: [
    'person',
    'class',
    'class-guardians',
    'class-teachers',
    'pupil-guardians',
    'level',
    'level-guardians',
    'group',
    'staff',
    'school',
  ],
  'own-classes': ['person', 'class'],
  'own-pupils-guardians': ['person', 'class-guardians', 'pupil-guardians'],
  colleagues: ['person', 'class-teachers', 'staff'],
  staff: ['person', 'staff'],
  'own-teachers': ['person', 'class-teachers'],
  'own-class': ['person', 'class'],
  'children-teachers': ['person', 'class-teachers'],
  'group-members': ['person', 'group'],
};

const staffSide: ReadonlySet<Profile> = new Set<Profile>(['teacher', 'staff', 'planner', 'school-admin']);
const staffList: ReadonlySet<Profile> = new Set<Profile>(['staff', 'planner', 'school-admin']);

const meets = (one: readonly string[], other: readonly string[]) => one.some((id) => other.includes(id));

/**
 * What is known of the audience when the rule decides: the ties of the person written to (`person`), or of the
 * pupil whose guardians are written to (`pupil-guardians`); nothing more for the lists, decided by their ids.
 */
export type AudienceTies = PersonTies | undefined;

/** Whether one grant covers the audience, for this writer. */
const covers = (grant: Grant, writer: PersonTies, audience: Audience, target: AudienceTies): boolean => {
  switch (grant) {
    case 'everyone':
      return true;
    case 'own-classes':
      if (audience.kind === 'class') return writer.taughtClassIds.includes(audience.classId);
      return audience.kind === 'person' && !!target && meets(target.classIds, writer.taughtClassIds);
    case 'own-pupils-guardians':
      if (audience.kind === 'class-guardians') return writer.taughtClassIds.includes(audience.classId);
      if (audience.kind === 'pupil-guardians')
        return !!target && meets(target.classIds, writer.taughtClassIds);
      return audience.kind === 'person' && !!target && meets(target.childClassIds, writer.taughtClassIds);
    case 'colleagues':
      if (audience.kind === 'class-teachers' || audience.kind === 'staff') return true;
      return (
        audience.kind === 'person' && !!target && target.profiles.some((profile) => staffSide.has(profile))
      );
    case 'staff':
      if (audience.kind === 'staff') return true;
      return (
        audience.kind === 'person' && !!target && target.profiles.some((profile) => staffList.has(profile))
      );
    case 'own-teachers':
      if (audience.kind === 'class-teachers') return writer.classIds.includes(audience.classId);
      return audience.kind === 'person' && !!target && meets(target.taughtClassIds, writer.classIds);
    case 'own-class':
      if (audience.kind === 'class') return writer.classIds.includes(audience.classId);
      return audience.kind === 'person' && !!target && meets(target.classIds, writer.classIds);
    case 'children-teachers':
      if (audience.kind === 'class-teachers') return writer.childClassIds.includes(audience.classId);
      return audience.kind === 'person' && !!target && meets(target.taughtClassIds, writer.childClassIds);
    case 'group-members':
      if (audience.kind === 'group') return writer.groupIds.includes(audience.groupId);
      return audience.kind === 'person' && !!target && meets(target.groupIds, writer.groupIds);
  }
};

const needsTies = (audience: Audience) => audience.kind === 'person' || audience.kind === 'pupil-guardians';

/**
 * Whether `writer` may write to `audience` under the school's `table`. Pure: `target` holds the ties of the person
 * the audience names (for `person` and `pupil-guardians`), undefined when that person is unknown or left.
 * 1. Nobody writes to themself, nor to a person the school does not know.
 * 2. The national rule first, whatever the table says.
 * 3. A grant of the table that covers the audience allows it.
 * 4. Else the refusal says why: a grant the school took away, a kind not the writer's, or no tie.
 */
export const decideWrite = (
  writer: PersonTies,
  audience: Audience,
  target: AudienceTies,
  table: WhoMayWriteTable,
): WriteDecision => {
  if (needsTies(audience) && (!target || target.personId === writer.personId))
    return { allowed: false, reason: 'unknown_recipient' };
  const staffWriter = writer.profiles.some((profile) => wholeSchoolWriters.has(profile));
  if (wholeSchoolKinds.has(audience.kind) && !staffWriter)
    return { allowed: false, reason: 'staff_only_audience' };
  const held = grantsHeld(writer.profiles, table);
  const granted = [...held].find((grant) => covers(grant, writer, audience, target));
  if (granted) return { allowed: true, grant: granted };
  const byDefault = [...grantsHeld(writer.profiles, defaultWhoMayWrite)].some((grant) =>
    covers(grant, writer, audience, target),
  );
  if (byDefault) return { allowed: false, reason: 'narrowed_by_school' };
  const kindHeld = [...held].some((grant) => kindsOfGrant[grant].includes(audience.kind));
  return { allowed: false, reason: kindHeld ? 'recipient_not_related' : 'audience_not_allowed' };
};

/**
 * Whether the recipients of a message may reply to all, or to the sender only: a message to a list larger than a
 * class (or the school's lower limit) has replies to the sender only, so that nobody answers 1,800 guardians.
 */
export const repliesToSenderOnly = (
  audiences: readonly Audience[],
  recipientCount: number,
  replyAllLimit: number = classSizeLimit,
) =>
  audiences.some((audience) => wholeSchoolKinds.has(audience.kind) || audience.kind === 'school') ||
  (audiences.some((audience) => audience.kind !== 'person') &&
    recipientCount > Math.min(replyAllLimit, classSizeLimit));
