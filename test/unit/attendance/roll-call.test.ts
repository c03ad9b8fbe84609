import { describe, expect, it } from 'vitest';
import { changesOf, marksOf } from '#domain/attendance/decide-register';
import {
  listMyCourses,
  pupilsOfDay,
  readLiveDay,
  registersNotTaken,
  remindRegistersNotTaken,
} from '#domain/attendance/live-day';
import type { Register, RegisterSession } from '#domain/attendance/register';
import { readRegister, takeRegister } from '#domain/attendance/take-register';
import type { Actor } from '#domain/identity/actor';
import type { Profile } from '#domain/identity/profile';
import type { Person } from '#domain/people/person';
import { AccessDeniedError, RefusedError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { inMemoryAttendancePorts } from '../../support/in-memory-attendance';

const person = (personId: string, profiles: Profile[], extra: Partial<Person> = {}): Person => ({
  personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
  version: 1,
  ...extra,
});
const actorOf = ({ personId, firstName, lastName, profiles }: Person): Actor => ({
  personId,
  username: personId,
  firstName,
  lastName,
  profiles,
});

const teacher = person('martin', ['teacher']);
const substitute = person('rémy', ['teacher']);
const colleague = person('olga', ['teacher']);
const stranger = person('xavier', ['teacher']);
const office = person('valérie', ['staff']);
const guardian = person('gaëlle', ['guardian']);
const paul = person('paul', ['student'], { classId: '5a' });
const lina = person('lina', ['student'], { classId: '5a' });
const noé = person('noé', ['student'], { classId: '5a' });
const people = [teacher, substitute, colleague, stranger, office, guardian, paul, lina, noé];

// Monday 1 March 2027, Paris is UTC+1.
const day = '2027-03-01';
const session = (
  activityId: string,
  start: string,
  extra: Partial<RegisterSession> = {},
): RegisterSession => {
  const hour = Number(start.slice(0, 2));
  const end = `${String(hour + 1).padStart(2, '0')}:00`;
  return {
    activityId,
    seriesDate: day,
    projectId: `${activityId}-5a`,
    title: activityId,
    date: day,
    start,
    end,
    startsAt: `${day}T${String(hour - 1).padStart(2, '0')}:00:00.000Z`,
    endsAt: `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`,
    classIds: ['5a'],
    teacherIds: ['martin'],
    inPersonPupilIds: [],
    ...extra,
  };
};
const français = session('français', '09:00');
const maths = session('maths', '10:00', { teacherIds: ['olga'] });
// Moved to a substitute for this session.
const histoire = session('histoire', '11:00', { teacherIds: ['rémy'] });

const at = (time: string) => new Date(`${day}T${time}:00+01:00`);
const setUp = (now = at('09:05')) => {
  const clock = { at: now };
  const { ports, published } = inMemoryAttendancePorts([français, maths, histoire], people, clock, {
    olga: ['5a'],
  });
  return { ports, published, clock };
};
const ref = (of: RegisterSession) => ({ activityId: of.activityId, seriesDate: of.seriesDate });

describe('who takes which register', () => {
  it('lets the session’s teacher take it on its day, every pupil present unless marked', async () => {
    const { ports, published } = setUp();
    const register = await takeRegister(
      ref(français),
      {
        marks: [
          { personId: 'paul', mark: 'absent' },
          { personId: 'lina', mark: 'late', minutes: 10 },
        ],
      },
      actorOf(teacher),
      ports,
    );
    expect(register.pupils.map(({ personId, mark }) => [personId, mark])).toEqual([
      ['lina', 'late'],
      ['noé', 'present'],
      ['paul', 'absent'],
    ]);
    expect(register.version).toBe(1);
    expect(
      published.map((event) => [event.detailType, (event.detail.data as { pupilIds?: string[] }).pupilIds]),
    ).toEqual([
      ['RegisterTaken', undefined],
      ['AbsenceRecorded', ['paul']],
      ['AbsenceRecorded', ['lina']],
    ]);
  });

  it('lets a substitute take the sessions moved to them, and not the regular teacher', async () => {
    const { ports } = setUp(at('11:05'));
    await expect(
      takeRegister(ref(histoire), { marks: [] }, actorOf(substitute), ports),
    ).resolves.toMatchObject({
      version: 1,
    });
    await expect(
      takeRegister(ref(histoire), { marks: [], version: 1 }, actorOf(teacher), ports),
    ).rejects.toThrow(AccessDeniedError);
  });

  it('tells a teacher of the class it is not their course (403), and hides it from anyone else (404)', async () => {
    const { ports } = setUp();
    const refused = takeRegister(ref(français), { marks: [] }, actorOf(colleague), ports);
    await expect(refused).rejects.toThrow(RefusedError);
    await expect(refused).rejects.toMatchObject({ code: 'not_your_course' });
    const hidden = readRegister(ref(français), actorOf(stranger), ports);
    await expect(hidden).rejects.toMatchObject({ hidesExistence: true });
    await expect(readRegister(ref(français), actorOf(guardian), ports)).rejects.toThrow(AccessDeniedError);
  });

  it('closes the register to its teacher after the day, and leaves it open to vie scolaire', async () => {
    const { ports, clock } = setUp();
    await takeRegister(ref(français), { marks: [] }, actorOf(teacher), ports);
    clock.at = new Date('2027-03-02T08:00:00+01:00');
    await expect(
      takeRegister(
        ref(français),
        { marks: [{ personId: 'paul', mark: 'absent' }], version: 1 },
        actorOf(teacher),
        ports,
      ),
    ).rejects.toMatchObject({ code: 'register_closed' });
    const read = await readRegister(ref(français), actorOf(teacher), ports);
    expect(read.mayTake).toBe(false);
    await expect(
      takeRegister(
        ref(français),
        { marks: [{ personId: 'paul', mark: 'absent' }], version: 1 },
        actorOf(office),
        ports,
      ),
    ).resolves.toMatchObject({ version: 2, takenBy: 'valérie' });
  });

  it('refuses a stale version, a pupil of another course, and late without minutes', async () => {
    const { ports } = setUp();
    await takeRegister(ref(français), { marks: [] }, actorOf(teacher), ports);
    await expect(takeRegister(ref(français), { marks: [] }, actorOf(teacher), ports)).rejects.toThrow(
      StaleVersionError,
    );
    const invalid = takeRegister(
      ref(français),
      {
        marks: [
          { personId: 'valérie', mark: 'absent' },
          { personId: 'paul', mark: 'late' },
        ],
        version: 1,
      },
      actorOf(teacher),
      ports,
    );
    await expect(invalid).rejects.toThrow(ValidationError);
    await expect(invalid).rejects.toMatchObject({
      problems: [
        { field: 'marks.0.personId', code: 'not_a_pupil_of_session' },
        { field: 'marks.1.minutes', code: 'late_needs_minutes' },
      ],
    });
  });
});

describe('changing a register during the day', () => {
  it('cancels an absence when the pupil turns up, and records what is new', async () => {
    const { ports, published } = setUp();
    await takeRegister(
      ref(français),
      { marks: [{ personId: 'paul', mark: 'absent' }] },
      actorOf(teacher),
      ports,
    );
    published.length = 0;
    await takeRegister(
      ref(français),
      {
        marks: [
          { personId: 'paul', mark: 'late', minutes: 20 },
          { personId: 'noé', mark: 'absent' },
        ],
        version: 1,
      },
      actorOf(teacher),
      ports,
    );
    expect(
      published
        .filter((event) => event.detailType !== 'RegisterTaken')
        .map((event) => [event.detailType, event.detail.data as { kind: string; pupilIds: string[] }])
        .map(([type, data]) => [
          type,
          (data as { kind: string }).kind,
          (data as { pupilIds: string[] }).pupilIds,
        ]),
    ).toEqual([
      ['AbsenceCancelled', 'absent', ['paul']],
      ['AbsenceRecorded', 'absent', ['noé']],
      ['AbsenceRecorded', 'late', ['paul']],
    ]);
  });

  it('says nothing new when only the minutes of a lateness change', () => {
    const pupils = [{ personId: 'paul', firstName: 'Paul', lastName: 'T' }];
    const first = marksOf({ marks: [{ personId: 'paul', mark: 'late', minutes: 5 }] }, pupils);
    const second = marksOf({ marks: [{ personId: 'paul', mark: 'late', minutes: 15 }] }, pupils);
    const register = (marks: typeof first): Register => ({
      registerId: 'r',
      session: français,
      pupils: marks,
      version: 1,
      takenBy: 'martin',
      takenAt: '',
    });
    expect(changesOf(register(second), register(first))).toEqual({
      recorded: { absent: [], late: [] },
      cancelled: { absent: [], late: [] },
    });
  });
});

describe('vie scolaire’s day', () => {
  it('lists the courses not taken 15 minutes after their start, and reminds their teachers once', async () => {
    const { ports, published, clock } = setUp(at('10:14'));
    await takeRegister(ref(français), { marks: [] }, actorOf(office), ports);
    const { registers } = await ports.attendance.day(day);
    expect(registersNotTaken([français, maths, histoire], registers, at('10:14'))).toEqual([]);
    expect(
      registersNotTaken([français, maths, histoire], registers, at('10:15')).map((s) => s.activityId),
    ).toEqual(['maths']);
    clock.at = at('10:15');
    published.length = 0;
    expect(await remindRegistersNotTaken(ports)).toEqual({ reminded: 1 });
    expect(await remindRegistersNotTaken(ports)).toEqual({ reminded: 0 });
    expect(
      published.map((event) => [
        event.detailType,
        (event.detail.data as { teacherIds: string[] }).teacherIds,
      ]),
    ).toEqual([['RegisterReminderDue', ['olga']]]);
    const live = await readLiveDay(day, actorOf(office), ports);
    expect(live.courses.map((course) => [course.session.activityId, course.taken, course.notTaken])).toEqual([
      ['français', true, false],
      ['maths', false, true],
      ['histoire', false, false],
    ]);
    expect(live.courses[1]?.remindedAt).toBe(at('10:15').toISOString());
  });

  it('finds the pupils absent from a course and present at the next', async () => {
    const { ports, clock } = setUp(at('09:05'));
    await takeRegister(
      ref(français),
      {
        marks: [
          { personId: 'paul', mark: 'absent' },
          { personId: 'noé', mark: 'absent' },
        ],
      },
      actorOf(teacher),
      ports,
    );
    clock.at = at('10:05');
    await takeRegister(
      ref(maths),
      { marks: [{ personId: 'noé', mark: 'absent' }] },
      actorOf(colleague),
      ports,
    );
    const live = await readLiveDay(day, actorOf(office), ports);
    expect(
      live.absentThenPresent.map((pupil) => [pupil.personId, pupil.absentAt.title, pupil.presentAt.title]),
    ).toEqual([['paul', 'français', 'maths']]);
    expect(live.absentOrLate.map((pupil) => [pupil.personId, pupil.marks.map((mark) => mark.mark)])).toEqual([
      ['noé', ['absent', 'absent']],
      ['paul', ['absent', 'present']],
    ]);
    expect(pupilsOfDay([]).absentThenPresent).toEqual([]);
  });

  it('is the staff’s and the head of school’s only', async () => {
    const { ports } = setUp();
    await expect(readLiveDay(day, actorOf(teacher), ports)).rejects.toThrow(AccessDeniedError);
  });

  it('gives a teacher their own courses of the day, the one going on now flagged', async () => {
    const { ports } = setUp(at('09:30'));
    const mine = await listMyCourses(undefined, actorOf(teacher), ports);
    expect(mine.date).toBe(day);
    expect(mine.courses.map((course) => [course.session.activityId, course.now, course.taken])).toEqual([
      ['français', true, false],
    ]);
  });
});
