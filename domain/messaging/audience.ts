import * as z from 'zod/mini';
import { idSchema } from '#domain/shared/input-types';

/**
 * Whom a message (or a liaison note) is written to: one person, or a list the school keeps. A list is resolved to
 * person ids when the message is sent (`AudiencePort.membersOf`) and kept with it: who joins the class later does
 * not read what was sent before.
 *
 * - `class`: the students of a division or of a group of students (a language group, an option: a class of kind
 *   `group` in the directory);
 * - `class-guardians`, `class-teachers`: the guardians of its students, the teachers who teach it;
 * - `pupil-guardians`: the guardians of one pupil;
 * - `level`, `level-guardians`: the students of every class of a level (`6e`), their guardians;
 * - `group`: the members of a work group;
 * - `staff`: the school's staff, planners and administrators (not its teachers);
 * - `school`: everyone of the school.
 */
export type Audience =
  | { kind: 'person'; personId: string }
  | { kind: 'class'; classId: string }
  | { kind: 'class-guardians'; classId: string }
  | { kind: 'class-teachers'; classId: string }
  | { kind: 'pupil-guardians'; personId: string }
  | { kind: 'level'; level: string }
  | { kind: 'level-guardians'; level: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'staff' }
  | { kind: 'school' };

export type AudienceKind = Audience['kind'];

export const audienceKinds = [
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
] as const satisfies readonly AudienceKind[];

/** The lists only staff (and school administrators) may write to, by the national rule (March 2024). */
export const wholeSchoolKinds: ReadonlySet<AudienceKind> = new Set(['level', 'level-guardians', 'school']);

/** A level as the directory names it (`6e`, `Tle`, `Cycle 2`): no `#`, which separates the parts of keys. */
export const levelSchema = z
  .string('must be a level')
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(40, 'must be at most 40 characters'),
    z.regex(/^[^#]+$/, 'must not hold #'),
  );

/** An audience as the API takes it: one of the kinds, with exactly the fields of its kind. */
export const audienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), personId: idSchema }),
  z.strictObject({ kind: z.literal('class'), classId: idSchema }),
  z.strictObject({ kind: z.literal('class-guardians'), classId: idSchema }),
  z.strictObject({ kind: z.literal('class-teachers'), classId: idSchema }),
  z.strictObject({ kind: z.literal('pupil-guardians'), personId: idSchema }),
  z.strictObject({ kind: z.literal('level'), level: levelSchema }),
  z.strictObject({ kind: z.literal('level-guardians'), level: levelSchema }),
  z.strictObject({ kind: z.literal('group'), groupId: idSchema }),
  z.strictObject({ kind: z.literal('staff') }),
  z.strictObject({ kind: z.literal('school') }),
]);

/** The recipients of one message: at most 20 audiences, none twice. */
export const audienceListSchema = z.array(audienceSchema).check(
  z.minLength(1, 'must name at least one recipient'),
  z.maxLength(20, 'must name at most 20 recipients or lists'),
  z.refine((list) => new Set(list.map(audienceId)).size === list.length, 'names one recipient or list twice'),
);

/** A stable text of an audience: `class:6a`, `person:p-12`, `staff`; the same audience gives the same text. */
export const audienceId = (audience: Audience): string => {
  switch (audience.kind) {
    case 'person':
    case 'pupil-guardians':
      return `${audience.kind}:${audience.personId}`;
    case 'class':
    case 'class-guardians':
    case 'class-teachers':
      return `${audience.kind}:${audience.classId}`;
    case 'level':
    case 'level-guardians':
      return `${audience.kind}:${audience.level}`;
    case 'group':
      return `group:${audience.groupId}`;
    case 'staff':
    case 'school':
      return audience.kind;
  }
};

/** Resolves an audience to the ids of the people in it now: active people only, each once. */
export interface AudiencePort {
  membersOf(audience: Audience): Promise<string[]>;
}

/** The people of several audiences, each once, in the order first met. */
export const membersOfAll = async (audiences: readonly Audience[], port: AudiencePort) => {
  const lists = await Promise.all(audiences.map((audience) => port.membersOf(audience)));
  return [...new Set(lists.flat())];
};

/**
 * The members of work groups, as the work groups' part keeps them: the audience reads them through this port, so
 * that it does not know how they are stored.
 */
export interface WorkGroupRoster {
  membersOf(groupId: string): Promise<string[]>;
  groupsOf(personId: string): Promise<string[]>;
}

/** No work groups yet: every group is empty. */
export const noWorkGroups: WorkGroupRoster = {
  membersOf: async () => [],
  groupsOf: async () => [],
};
