import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '#domain/imports/csv/decode-text';
import { UnreadableFileError } from '#domain/imports/import-snapshot';
import { planTimetable } from '#domain/imports/timetable/plan-timetable';
import { planTimetableFile } from '#domain/imports/timetable/plan-timetable-file';
import { readDay } from '#domain/imports/timetable/read-day';
import { readTime } from '#domain/imports/timetable/read-time';
import { readTimetable } from '#domain/imports/timetable/read-timetable';
import { readWeeks } from '#domain/imports/timetable/read-weeks';
import type { TimetablePlan } from '#domain/imports/timetable/timetable-plan';
import { timetableReport } from '#domain/imports/timetable/timetable-report';
import type { Activity } from '#domain/planning/activity';
import { scheduleSchema } from '#domain/planning/planning-input';
import { occurrencesOf } from '#domain/planning/weekly-series';
import { collegeCalendar, collegeContext, collegeTeachers } from '../../fixtures/timetable/college-directory';

const edtExport = readFileSync(new URL('../../fixtures/timetable/edt-college.csv', import.meta.url));
const csv = (text: string) => new TextEncoder().encode(text);

const datesOf = (activity: Activity | undefined) => {
  if (activity?.schedule.kind !== 'weekly') throw new Error('not a weekly activity');
  return occurrencesOf(activity.schedule, collegeCalendar, 'Europe/Paris').map(({ date }) => date);
};

const courseOf = (plan: TimetablePlan, name: string) => {
  const project = plan.createProjects.find((candidate) => candidate.name === name);
  if (!project) throw new Error(`no course ${name}`);
  return { project, activities: plan.createActivities.filter(({ projectId }) => projectId === project.id) };
};

const problemAt = (plan: Pick<TimetablePlan, 'problems'>, line: number) =>
  plan.problems
    .filter(({ at }) => at.line === line)
    .map(({ severity, field, reason }) => ({ severity, field, reason }));

describe('reading a timetable export', () => {
  it('reads days, times and weeks as timetable software and spreadsheets write them', () => {
    for (const day of ['lundi', 'Lun.', 'LUNDI', 'Monday', 'mon', '1'])
      expect(readDay(day)).toEqual({ value: 1 });
    expect(readDay('Vendredi')).toEqual({ value: 5 });
    for (const time of ['8h00', '08:00', '8:00', '8h', '08h00', '08:00:00'])
      expect(readTime(time)).toEqual({ value: '08:00' });
    expect(readTime('13h35')).toEqual({ value: '13:35' });
    expect(readWeeks('')).toEqual({ value: { kind: 'every' } });
    expect(readWeeks('Toutes')).toEqual({ value: { kind: 'every' } });
    expect(readWeeks('Semaine B')).toEqual({ value: { kind: 'alternate', week: 'B' } });
    expect(readWeeks('37-39, 45')).toEqual({ value: { kind: 'listed', weeks: [37, 38, 39, 45] } });
    expect(readWeeks('52-2')).toEqual({ value: { kind: 'listed', weeks: [1, 2, 52, 53] } });
  });

  it('says why a cell cannot be read', () => {
    expect(readDay('Lumdi')).toEqual({ reason: '"Lumdi" is not a day of the week' });
    expect(readTime('8h70')).toEqual({ reason: '"8h70" is not a time such as 8h30 or 08:30' });
    expect(readTime('8h07')).toEqual({ reason: '"8h07" is not on a 5-minute mark, such as 8h05' });
    expect(readWeeks('55')).toHaveProperty('reason');
    expect(readWeeks('impaires')).toHaveProperty('reason');
  });

  it('reads English headers, several teachers or rooms in a cell, and a group instead of the class', () => {
    const sheet = readTimetable(
      csv(
        'Day,Start,End,Weeks,Subject,Class,Group,Teacher,Room\n' +
          'Monday,8:00,9:30,37-43,Music,5e A,,Jean Dupont + Anne Martin,Salle 101 / CDI\n' +
          'Tuesday,14:00,15:00,,Spanish,4e A,4e ESP,Claire Garnier,\n',
      ),
      'timetable.csv',
    );
    expect(sheet.problems).toEqual([]);
    expect(
      sheet.rows.map(({ at, weekday, start, end, groups, teachers, rooms, columns }) => ({
        line: at.line,
        weekday,
        start,
        end,
        groups,
        teachers,
        rooms,
        column: columns.class,
      })),
    ).toEqual([
      {
        line: 2,
        weekday: 1,
        start: '08:00',
        end: '09:30',
        groups: ['5e A'],
        teachers: ['Jean Dupont', 'Anne Martin'],
        rooms: ['Salle 101', 'CDI'],
        column: 'Class',
      },
      {
        line: 3,
        weekday: 2,
        start: '14:00',
        end: '15:00',
        groups: ['4e ESP'],
        teachers: ['Claire Garnier'],
        rooms: [],
        column: 'Group',
      },
    ]);
  });

  it('refuses a file without the columns a timetable needs, naming them in French', () => {
    const file = csv('Jour;Début;Matière;Professeur\nLundi;8h;Maths;DUPONT\n');
    expect(() => readTimetable(file, 'edt.csv')).toThrow(UnreadableFileError);
    expect(() => readTimetable(file, 'edt.csv')).toThrow(
      'edt.csv: the columns are missing: "Fin" (or "end"), "Classe" (or "class")',
    );
  });
});

describe('the encodings timetable software exports', () => {
  // The fixture is what a French Windows machine writes: Windows-1252, `;`, CRLF.
  // Node decodes `windows-1252` as Latin-1 (nodejs/node#60888): decodeText has the table for œ and ’.
  const text = decodeText(edtExport);
  const utf16 = (body: string, endian: 'le' | 'be', bom: boolean) => {
    const units = [...(bom ? '\uFEFF' : ''), ...body].flatMap((char) => {
      const code = char.charCodeAt(0);
      return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    });
    return Uint8Array.from(units);
  };
  const expected = readTimetable(edtExport, 'edt.csv');

  it('reads the Windows-1252 export with its accents, Œ included', () => {
    const subjects = new Set(expected.rows.map((row) => row.subject));
    expect([...subjects].filter((subject) => /[^\u0020-\u007E]/.test(subject)).sort()).toEqual(
      expect.arrayContaining(['Chœur', 'Français', 'Mathématiques']),
    );
  });

  it('reads the same courses from UTF-8 with or without a byte order mark', () => {
    expect(readTimetable(csv(text), 'edt.csv')).toEqual(expected);
    expect(readTimetable(csv(`\uFEFF${text}`), 'edt.csv')).toEqual(expected);
  });

  it('reads the same courses from UTF-16 (« Texte Unicode »: tabs), little- or big-endian, with or without a mark', () => {
    const tabbed = text.replaceAll(';', '\t');
    expect(readTimetable(utf16(tabbed, 'le', true), 'edt.csv')).toEqual(expected);
    expect(readTimetable(utf16(text, 'be', true), 'edt.csv')).toEqual(expected);
    expect(readTimetable(utf16(text, 'le', false), 'edt.csv')).toEqual(expected);
  });
});

describe('planning the timetable of a collège', () => {
  const plan = planTimetableFile(edtExport, 'edt-college.csv', collegeContext());

  it('counts what the import would create, and the lines it cannot import', () => {
    expect(timetableReport(plan).counts).toEqual({
      projectsToCreate: 29,
      projectsReused: 0,
      activitiesToCreate: 30,
      unchanged: 0,
      errors: 6,
      warnings: 2,
    });
  });

  it('creates one course per subject and class, with its teachers, found again by its source key', () => {
    const { project, activities } = courseOf(plan, 'Mathématiques — 5e A');
    expect(project).toMatchObject({
      kind: 'course',
      status: 'confirmed',
      subject: 'Mathématiques',
      classIds: ['c-5a'],
      members: [{ personId: 'p-dupont', role: 'teacher' }],
      sourceKey: 'timetable:mathematiques|c-5a',
    });
    expect(activities.map(({ schedule }) => schedule.kind === 'weekly' && schedule.weekday)).toEqual([1, 4]);
    expect(activities[0]).toMatchObject({
      title: 'Mathématiques — 5e A',
      placeIds: ['r-salle-101'],
      personIds: ['p-dupont'],
      classIds: ['c-5a'],
      status: 'planned',
    });
  });

  it('plans a weekly course every Monday of the year, around the Toussaint holidays', () => {
    const dates = datesOf(courseOf(plan, 'Mathématiques — 5e A').activities[0]);
    expect(dates.slice(0, 3)).toEqual(['2026-09-07', '2026-09-14', '2026-09-21']);
    expect(dates).toContain('2026-10-12');
    expect(dates).not.toContain('2026-10-19');
    expect(dates).not.toContain('2026-10-26');
    expect(dates).toContain('2026-11-02');
    expect(dates.at(-1)).toBe('2027-06-28');
    expect(new Set(dates.map((date) => new Date(date).getUTCDay()))).toEqual(new Set([1]));
  });

  it('alternates weeks A and B: SVT and physics share the lab on Tuesdays, never the same week', () => {
    const svt = courseOf(plan, 'SVT — 5e A').activities[0];
    const physics = courseOf(plan, 'Physique-chimie — 5e A').activities[0];
    expect(datesOf(svt).slice(0, 5)).toEqual([
      '2026-09-01',
      '2026-09-15',
      '2026-09-29',
      '2026-10-13',
      '2026-11-10',
    ]);
    expect(datesOf(physics).slice(0, 4)).toEqual(['2026-09-08', '2026-09-22', '2026-10-06', '2026-11-03']);
    expect(datesOf(svt).filter((date) => datesOf(physics).includes(date))).toEqual([]);
    const everyTuesday = datesOf(courseOf(plan, 'Anglais — 5e B').activities[0]);
    expect([...datesOf(svt), ...datesOf(physics)].sort()).toEqual(everyTuesday);
    expect(svt?.schedule.kind === 'weekly' && svt.schedule.exceptions[0]).toEqual({
      date: '2026-09-08',
      cancelled: true,
      reason: 'Semaine B',
    });
  });

  it('runs a course in the ISO weeks the file lists, and without a room it does not know', () => {
    const swimming = courseOf(plan, 'Natation — 6e A').activities[0];
    const dates = datesOf(swimming);
    expect(dates).toHaveLength(12);
    expect([dates[0], dates.at(-1)]).toEqual(['2026-09-10', '2026-12-10']);
    expect(swimming?.placeIds).toEqual([]);
    expect(problemAt(plan, 27)).toEqual([
      {
        severity: 'warning',
        field: 'Salle',
        reason: '"Piscine municipale" is not an active place: the course is planned without a room',
      },
    ]);
  });

  it('reads groups, combined classes and several teachers in one cell', () => {
    expect(courseOf(plan, 'Espagnol LV2 — 4e ESP').project.classIds).toEqual(['g-4esp']);
    expect(courseOf(plan, 'Latin — 5e A, 5e B').project.sourceKey).toBe('timetable:latin|c-5a+c-5b');
    expect(courseOf(plan, 'Chœur — 6e A, 6e B').project.classIds).toEqual(['c-6a', 'c-6b']);
    const sciences = courseOf(plan, 'EPI Sciences — 3e A');
    expect(sciences.project.members.map(({ personId }) => personId)).toEqual(['p-bernard', 'p-haddad']);
    expect(sciences.activities[0]?.personIds).toEqual(['p-bernard', 'p-haddad']);
    expect(courseOf(plan, 'EPS — 6e B').activities[0]?.personIds).toEqual(['p-lefevre']);
  });

  it('names the line, the column and the reason of each line it leaves out', () => {
    expect(problemAt(plan, 30)).toEqual([
      {
        severity: 'error',
        field: 'Classe',
        reason: '"5eme C" is not a class or group of the directory; did you mean "5e C"?',
      },
    ]);
    expect(problemAt(plan, 22)).toEqual([
      { severity: 'error', field: 'Heure début', reason: '"08h07" is not on a 5-minute mark, such as 8h05' },
    ]);
    expect(problemAt(plan, 29)).toEqual([
      { severity: 'error', field: 'Heure fin', reason: 'is not after the start, 11:00' },
    ]);
    expect(problemAt(plan, 31)).toEqual([
      { severity: 'error', field: 'Professeur', reason: '"M. LAURENT" is not a teacher of the directory' },
    ]);
    expect(problemAt(plan, 37)).toEqual([
      { severity: 'error', field: 'Jour', reason: 'gives no day of classes in the school calendar' },
    ]);
    expect(problemAt(plan, 38)).toEqual([
      { severity: 'error', field: 'Jour', reason: '"Lumdi" is not a day of the week' },
    ]);
    expect(problemAt(plan, 36)).toEqual([
      { severity: 'warning', reason: 'repeats line 2: the course is planned once' },
    ]);
    expect(timetableReport(plan).problems.map(({ at }) => at.line)).toEqual([22, 27, 29, 30, 31, 36, 37, 38]);
  });

  it('gives schedules the planning API accepts', () => {
    for (const { schedule } of plan.createActivities)
      expect(scheduleSchema.safeParse(schedule).success).toBe(true);
  });

  it('creates nothing when the same file is imported again, even after planners cancelled a day', () => {
    const cancelledOnce = plan.createActivities.map((activity, index) =>
      index === 0 && activity.schedule.kind === 'weekly'
        ? {
            ...activity,
            schedule: {
              ...activity.schedule,
              exceptions: [
                ...activity.schedule.exceptions,
                { date: '2026-09-14', cancelled: true as const, reason: 'Grève' },
              ],
            },
          }
        : activity,
    );
    const again = planTimetableFile(
      edtExport,
      'edt-college.csv',
      collegeContext({
        projects: plan.createProjects,
        activities: cancelledOnce,
      }),
    );
    expect(timetableReport(again).counts).toMatchObject({
      projectsToCreate: 0,
      projectsReused: 29,
      activitiesToCreate: 0,
      unchanged: 30,
    });
  });

  it('adds a course that changed room or weeks, in its existing project', () => {
    const first = planTimetable(
      readTimetable(
        csv('Jour;Début;Fin;Semaines;Matière;Classe;Salle\nLundi;8h;9h;A;SVT;5e A;Labo SVT\n'),
        'a.csv',
      ).rows,
      collegeContext(),
    );
    const moved = readTimetable(
      csv(
        'Jour;Début;Fin;Semaines;Matière;Classe;Salle\nLundi;8h;9h;B;SVT;5e A;Labo SVT\nLundi;8h;9h;A;SVT;5e A;Salle 101\n',
      ),
      'b.csv',
    );
    const second = planTimetable(
      moved.rows,
      collegeContext({ projects: first.createProjects, activities: first.createActivities }),
    );
    expect(second.createProjects).toEqual([]);
    expect(second.createActivities.map(({ projectId }) => projectId)).toEqual([
      first.createProjects[0]?.id,
      first.createProjects[0]?.id,
    ]);
  });
});

describe('finding teachers', () => {
  const plan = (teacherCell: string, teachers = collegeTeachers) =>
    planTimetable(
      readTimetable(
        csv(`Jour;Début;Fin;Matière;Classe;Professeur\nLundi;8h;9h;Maths;5e A;${teacherCell}\n`),
        'edt.csv',
      ).rows,
      { ...collegeContext(), teachers },
    );

  it('matches names as timetables write them, whatever the case and accents', () => {
    for (const written of ['LEFEVRE Paul', 'Paul Lefèvre', 'Lefèvre P.', 'M. LEFEVRE', 'P-LEFEVRE']) {
      expect(plan(written).createActivities[0]?.personIds, written).toEqual(['p-lefevre']);
    }
  });

  it('asks for the first name when two teachers share a surname', () => {
    const twoDuponts = [
      ...collegeTeachers,
      {
        ...collegeTeachers[0],
        personId: 'p-dupont-m',
        firstName: 'Marie',
      } as (typeof collegeTeachers)[number],
    ];
    expect(plan('DUPONT', twoDuponts).problems.map(({ reason }) => reason)).toEqual([
      '"DUPONT" names several teachers: Jean Dupont, Marie Dupont; write the first name too',
    ]);
    expect(plan('DUPONT Marie', twoDuponts).createActivities[0]?.personIds).toEqual(['p-dupont-m']);
  });
});
