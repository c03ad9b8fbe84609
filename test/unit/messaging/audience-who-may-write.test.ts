import { describe, expect, it } from 'vitest';
import type { Profile } from '#domain/identity/profile';
import { type Audience, audienceListSchema, audienceSchema } from '#domain/messaging/audience';
import {
  decideWrite,
  defaultWhoMayWrite,
  type PersonTies,
  repliesToSenderOnly,
  type WhoMayWriteTable,
} from '#domain/messaging/who-may-write';

/** A person's ties with nothing but what is said. */
const ties = (personId: string, profiles: Profile[], more: Partial<PersonTies> = {}): PersonTies => ({
  personId,
  profiles,
  classIds: [],
  taughtClassIds: [],
  childIds: [],
  childClassIds: [],
  groupIds: [],
  ...more,
});

// The writers: a pupil of 6A, a guardian of a pupil of 6A, a teacher of 6A, each in work group g1; the staff side.
const writers = {
  student: ties('w-student', ['student'], { classIds: ['6a'], groupIds: ['g1'] }),
  guardian: ties('w-guardian', ['guardian'], { childIds: ['p-6a'], childClassIds: ['6a'], groupIds: ['g1'] }),
  teacher: ties('w-teacher', ['teacher'], { taughtClassIds: ['6a'], groupIds: ['g1'] }),
  staff: ties('w-staff', ['staff'], { groupIds: ['g1'] }),
  planner: ties('w-planner', ['planner'], { groupIds: ['g1'] }),
  'school-admin': ties('w-admin', ['school-admin']),
  'authority-admin': ties('w-authority', ['authority-admin']),
} as const;

// The people written to, each related to the 6A writers or not.
const people = {
  'pupil of 6A': ties('p-6a', ['student'], { classIds: ['6a'] }),
  'pupil of 6B': ties('p-6b', ['student'], { classIds: ['6b'] }),
  'guardian in 6A': ties('g-6a', ['guardian'], { childIds: ['p-6a'], childClassIds: ['6a'] }),
  'guardian in 6B': ties('g-6b', ['guardian'], { childIds: ['p-6b'], childClassIds: ['6b'] }),
  'teacher of 6A': ties('t-6a', ['teacher'], { taughtClassIds: ['6a'] }),
  'teacher of 6B': ties('t-6b', ['teacher'], { taughtClassIds: ['6b'] }),
  'member of staff': ties('s-1', ['staff']),
  'pupil of 6B in group g1': ties('p-g1', ['student'], { classIds: ['6b'], groupIds: ['g1'] }),
} as const;

const ok = 'allowed';
const SO = 'staff_only_audience';
const NA = 'audience_not_allowed';
const NR = 'recipient_not_related';
const UR = 'unknown_recipient';

type Outcome = typeof ok | typeof SO | typeof NA | typeof NR | typeof UR;
type Row = [Audience, PersonTies | undefined, ...Outcome[]];

const person = (name: keyof typeof people): [Audience, PersonTies] => [
  { kind: 'person', personId: people[name].personId },
  people[name],
];

// biome-ignore format: a matrix reads best aligned
const matrix: Record<string, Row> = {
  //                                  audience, its ties                                              student guardian teacher staff planner admin authority
  'a pupil of their class':           [...person('pupil of 6A'),                                           ok, NR, ok, ok, NR, ok, NA],
  'a pupil of another class':         [...person('pupil of 6B'),                                           NR, NR, NR, ok, NR, ok, NA],
  'a guardian of their class':        [...person('guardian in 6A'),                                        NR, NR, ok, ok, NR, ok, NA],
  'a guardian of another class':      [...person('guardian in 6B'),                                        NR, NR, NR, ok, NR, ok, NA],
  'a teacher of their class':         [...person('teacher of 6A'),                                         ok, ok, ok, ok, ok, ok, NA],
  'a teacher of another class':       [...person('teacher of 6B'),                                         NR, NR, ok, ok, ok, ok, NA],
  'a member of staff':                [...person('member of staff'),                                       ok, ok, ok, ok, ok, ok, NA],
  'a fellow member of a work group':  [...person('pupil of 6B in group g1'),                               ok, ok, ok, ok, ok, ok, NA],
  'their class':                      [{ kind: 'class', classId: '6a' }, undefined,                        ok, NA, ok, ok, NA, ok, NA],
  'another class':                    [{ kind: 'class', classId: '6b' }, undefined,                        NR, NA, NR, ok, NA, ok, NA],
  'the guardians of their class':     [{ kind: 'class-guardians', classId: '6a' }, undefined,              NA, NA, ok, ok, NA, ok, NA],
  'the guardians of another class':   [{ kind: 'class-guardians', classId: '6b' }, undefined,              NA, NA, NR, ok, NA, ok, NA],
  'the teachers of their class':      [{ kind: 'class-teachers', classId: '6a' }, undefined,               ok, ok, ok, ok, ok, ok, NA],
  'the teachers of another class':    [{ kind: 'class-teachers', classId: '6b' }, undefined,               NR, NR, ok, ok, ok, ok, NA],
  'the guardians of a pupil of theirs': [{ kind: 'pupil-guardians', personId: 'p-6a' }, people['pupil of 6A'], NA, NA, ok, ok, NA, ok, NA],
  'the guardians of another pupil':   [{ kind: 'pupil-guardians', personId: 'p-6b' }, people['pupil of 6B'], NA, NA, NR, ok, NA, ok, NA],
  'a whole level':                    [{ kind: 'level', level: '6e' }, undefined,                          SO, SO, SO, ok, SO, ok, SO],
  'the guardians of a whole level':   [{ kind: 'level-guardians', level: '6e' }, undefined,                SO, SO, SO, ok, SO, ok, SO],
  'their work group':                 [{ kind: 'group', groupId: 'g1' }, undefined,                        ok, ok, ok, ok, ok, ok, NA],
  'another work group':               [{ kind: 'group', groupId: 'g2' }, undefined,                        NR, NR, NR, ok, NR, ok, NA],
  'the staff':                        [{ kind: 'staff' }, undefined,                                       ok, ok, ok, ok, ok, ok, NA],
  'the whole school':                 [{ kind: 'school' }, undefined,                                      SO, SO, SO, ok, SO, ok, SO],
  'a person the school does not know': [{ kind: 'person', personId: 'nobody' }, undefined,                 UR, UR, UR, UR, UR, UR, UR],
  'the guardians of an unknown pupil': [{ kind: 'pupil-guardians', personId: 'nobody' }, undefined,        UR, UR, UR, UR, UR, UR, UR],
};

const writerNames = Object.keys(writers) as (keyof typeof writers)[];
const outcomeOf = (
  writer: PersonTies,
  audience: Audience,
  target: PersonTies | undefined,
  table = defaultWhoMayWrite,
) => {
  const decision = decideWrite(writer, audience, target, table);
  return decision.allowed ? ok : decision.reason;
};

describe('who may write to whom, by default', () => {
  it('has a row for every kind of audience, related and not', () => {
    const kinds = new Set(Object.values(matrix).map(([audience]) => audience.kind));
    expect([...kinds].sort()).toEqual([
      'class',
      'class-guardians',
      'class-teachers',
      'group',
      'level',
      'level-guardians',
      'person',
      'pupil-guardians',
      'school',
      'staff',
    ]);
  });

  for (const [name, [audience, target, ...expected]] of Object.entries(matrix)) {
    it(`decides ${name} for every profile`, () => {
      const outcomes = writerNames.map((profile) => outcomeOf(writers[profile], audience, target));
      expect(Object.fromEntries(writerNames.map((profile, index) => [profile, outcomes[index]]))).toEqual(
        Object.fromEntries(writerNames.map((profile, index) => [profile, expected[index]])),
      );
    });
  }

  it('lets nobody write to themself', () => {
    const teacher = writers.teacher;
    expect(outcomeOf(teacher, { kind: 'person', personId: teacher.personId }, teacher)).toBe(UR);
  });

  it('adds the grants of every profile a person holds: a teacher who is a parent writes to their child’s teachers', () => {
    const teacherParent = ties('tp', ['teacher', 'guardian'], {
      taughtClassIds: ['6b'],
      childClassIds: ['6a'],
    });
    expect(outcomeOf(teacherParent, { kind: 'class-teachers', classId: '6a' }, undefined)).toBe(ok);
    expect(outcomeOf(teacherParent, { kind: 'class', classId: '6a' }, undefined)).toBe(NR);
    expect(outcomeOf(teacherParent, { kind: 'class', classId: '6b' }, undefined)).toBe(ok);
  });
});

describe('who may write to whom, as a school sets it', () => {
  const narrowed: WhoMayWriteTable = {
    ...defaultWhoMayWrite,
    teacher: ['own-classes', 'colleagues', 'staff'],
    student: ['staff'],
  };

  it('refuses what the school took away, saying so', () => {
    expect(outcomeOf(writers.teacher, { kind: 'class-guardians', classId: '6a' }, undefined, narrowed)).toBe(
      'narrowed_by_school',
    );
    expect(outcomeOf(writers.student, { kind: 'class-teachers', classId: '6a' }, undefined, narrowed)).toBe(
      'narrowed_by_school',
    );
    expect(outcomeOf(writers.teacher, { kind: 'class', classId: '6a' }, undefined, narrowed)).toBe(ok);
  });

  it('keeps whole levels and the whole school for the staff, whatever the table says', () => {
    const widened: WhoMayWriteTable = {
      ...defaultWhoMayWrite,
      teacher: ['everyone'],
      guardian: ['everyone'],
    };
    for (const audience of [
      { kind: 'school' },
      { kind: 'level', level: '6e' },
      { kind: 'level-guardians', level: '6e' },
    ] as Audience[]) {
      expect(outcomeOf(writers.teacher, audience, undefined, widened)).toBe(SO);
      expect(outcomeOf(writers.guardian, audience, undefined, widened)).toBe(SO);
    }
  });
});

describe('replies to a list', () => {
  it('go to all within a class’s size, to the sender only beyond it', () => {
    expect(repliesToSenderOnly([{ kind: 'class', classId: '6a' }], 35)).toBe(false);
    expect(repliesToSenderOnly([{ kind: 'class', classId: '6a' }], 36)).toBe(true);
    expect(repliesToSenderOnly([{ kind: 'class-guardians', classId: '6a' }], 30, 20)).toBe(true);
  });

  it('go to all between people named one by one, and to the sender only from the whole school or a level', () => {
    const fifty = Array.from(
      { length: 50 },
      (_, index): Audience => ({ kind: 'person', personId: `p${index}` }),
    );
    expect(repliesToSenderOnly(fifty, 50)).toBe(false);
    expect(repliesToSenderOnly([{ kind: 'level', level: '6e' }], 3)).toBe(true);
    expect(repliesToSenderOnly([{ kind: 'school' }], 3)).toBe(true);
  });
});

describe('an audience as the API takes it', () => {
  it('takes each kind with exactly its fields', () => {
    expect(audienceSchema.safeParse({ kind: 'class', classId: '6a' }).success).toBe(true);
    expect(audienceSchema.safeParse({ kind: 'staff' }).success).toBe(true);
    expect(audienceSchema.safeParse({ kind: 'class', classId: '6a', level: '6e' }).success).toBe(false);
    expect(audienceSchema.safeParse({ kind: 'class', personId: 'p1' }).success).toBe(false);
    expect(audienceSchema.safeParse({ kind: 'everyone' }).success).toBe(false);
    expect(audienceSchema.safeParse({ kind: 'level', level: '6e#CLASS' }).success).toBe(false);
    expect(audienceSchema.safeParse({ kind: 'person', personId: 'PERSON#x' }).success).toBe(false);
  });

  it('refuses a list naming one recipient twice, or none', () => {
    expect(audienceListSchema.safeParse([{ kind: 'staff' }, { kind: 'staff' }]).success).toBe(false);
    expect(audienceListSchema.safeParse([]).success).toBe(false);
    expect(audienceListSchema.safeParse([{ kind: 'staff' }, { kind: 'class', classId: '6a' }]).success).toBe(
      true,
    );
  });
});
