import { describe, expect, it } from 'vitest';
import { grantReader, readBook } from '#domain/homework/class-book';
import { addShelfLink, readShelf } from '#domain/homework/class-shelf';
import { byDueDay, laterSessions, resolveWorks } from '#domain/homework/decide-homework';
import type { Session } from '#domain/homework/homework';
import { readDueWork, tickWork } from '#domain/homework/pupil-work';
import { copySessionEntry, readSession, writeSessionEntry } from '#domain/homework/session-book';
import type { Actor } from '#domain/identity/actor';
import type { Profile } from '#domain/identity/profile';
import type { Person } from '#domain/people/person';
import { AccessDeniedError, RefusedError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { inMemoryHomeworkPorts } from '../../support/in-memory-homework';

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
const pupil = person('paul', ['student'], { classId: '5a', groupIds: ['latin'] });
const otherPupil = person('quentin', ['student'], { classId: '4b' });
const guardian = person('gaëlle', ['guardian']);
const otherGuardian = person('hugo', ['guardian']);
const head = person('agnès', ['school-admin']);
const inspector = person('irène', []);

const session = (activityId: string, seriesDate: string, extra: Partial<Session> = {}): Session => ({
  activityId,
  seriesDate,
  projectId: 'francais-5a',
  title: 'Français',
  date: seriesDate,
  start: '09:00',
  end: '10:00',
  classIds: ['5a'],
  teacherIds: ['martin'],
  ...extra,
});
const monday1 = session('lundis', '2027-03-01');
const thursday = session('jeudis', '2027-03-04', { start: '14:00', end: '15:00' });
const monday2 = session('lundis', '2027-03-08');
// The third Monday was moved to Tuesday and given to a substitute.
const monday3 = session('lundis', '2027-03-15', { date: '2027-03-16', teacherIds: ['rémy'] });
const maths = session('maths', '2027-03-01', {
  projectId: 'maths-5a',
  title: 'Mathématiques',
  teacherIds: ['olga'],
});
const latin = session('latin', '2027-03-02', { projectId: 'latin', title: 'Latin', classIds: ['latin'] });
const course = [monday1, thursday, monday2, monday3];

const school = () =>
  inMemoryHomeworkPorts({
    sessions: [...course, maths, latin],
    people: [teacher, substitute, colleague, pupil, otherPupil, guardian, otherGuardian, head, inspector],
    classes: [{ classId: '5a', label: '5e A', level: '5e' }],
    guardianships: [['gaëlle', 'paul']],
    teaching: [
      ['martin', '5a'],
      ['olga', '5a'],
    ],
  });

const newIds = () => {
  let next = 0;
  return () => {
    next += 1;
    return `w${next}`;
  };
};

describe('due dates of the work given in a session', () => {
  it('resolves a later session of the course to its day, moved or not', () => {
    const works = resolveWorks(
      [
        { text: 'Lire le chapitre 3', dueSession: { activityId: 'jeudis', seriesDate: '2027-03-04' } },
        { text: 'Rédaction', dueSession: { activityId: 'lundis', seriesDate: '2027-03-15' } },
        { text: 'Exposé', dueDate: '2027-03-20' },
      ],
      monday1,
      course,
      [],
      newIds(),
    );
    expect(works.map(({ text, dueDate }) => [text, dueDate])).toEqual([
      ['Lire le chapitre 3', '2027-03-04'],
      ['Rédaction', '2027-03-16'],
      ['Exposé', '2027-03-20'],
    ]);
  });

  it('refuses every wrong due at once: a past or same session, another course, a day not after, both, none', () => {
    const refusal = (() => {
      try {
        resolveWorks(
          [
            { text: 'a', dueSession: { activityId: 'lundis', seriesDate: '2027-03-01' } },
            { text: 'b', dueSession: { activityId: 'maths', seriesDate: '2027-03-01' } },
            { text: 'c', dueDate: '2027-03-08' },
            {
              text: 'd',
              dueDate: '2027-03-10',
              dueSession: { activityId: 'lundis', seriesDate: '2027-03-15' },
            },
            { text: 'e' },
            { text: 'f', dueSession: { activityId: 'lundis', seriesDate: '2027-03-15' } },
          ],
          monday2,
          [...course, maths],
          [],
          newIds(),
        );
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).problems.map(({ field, code }) => [field, code])).toEqual([
      ['works.0.dueSession', 'due_not_a_later_session'],
      ['works.1.dueSession', 'due_not_a_later_session'],
      ['works.2.dueDate', 'due_not_after_session'],
      ['works.3.dueDate', 'due_twice'],
      ['works.4.dueDate', 'required'],
    ]);
  });

  it('keeps a work’s id across edits, so a pupil’s tick stays on it; an id it never gave is a new work', () => {
    const previous = [{ workId: 'w-kept', text: 'Lire', dueDate: '2027-03-04' }];
    const works = resolveWorks(
      [
        { workId: 'w-kept', text: 'Lire, et résumer', dueDate: '2027-03-04' },
        { workId: 'someone-else', text: 'Exercice', dueDate: '2027-03-05' },
      ],
      monday1,
      course,
      previous,
      () => 'fresh',
    );
    expect(works.map(({ workId }) => workId)).toEqual(['w-kept', 'fresh']);
  });

  it('offers the later sessions of the course to a teacher, nearest first', () => {
    expect(laterSessions(monday1, [...course, maths]).map(({ date }) => date)).toEqual([
      '2027-03-04',
      '2027-03-08',
      '2027-03-16',
    ]);
  });

  it('lists a pupil’s work by due day, nearest first', () => {
    const at = (dueDate: string, date: string) => ({ dueDate, session: { date, title: 'x' } });
    expect(
      byDueDay([
        at('2027-03-05', '2027-03-02'),
        at('2027-03-02', '2027-03-01'),
        at('2027-03-05', '2027-03-01'),
      ]),
    ).toEqual([
      { date: '2027-03-02', works: [at('2027-03-02', '2027-03-01')] },
      { date: '2027-03-05', works: [at('2027-03-05', '2027-03-01'), at('2027-03-05', '2027-03-02')] },
    ]);
  });
});

describe('who writes in a session', () => {
  const entry = {
    content: 'Le passé simple.',
    links: [],
    works: [{ text: 'Exercice 4 p. 52', dueDate: '2027-03-04' }],
  };

  it('lets the teacher of the session write, and announces the work given', async () => {
    const { ports, published } = school();
    const written = await writeSessionEntry(monday1, entry, actorOf(teacher), ports);
    expect(written).toMatchObject({
      version: 1,
      writtenBy: { personId: 'martin' },
      works: [{ dueDate: '2027-03-04' }],
    });
    expect(published.map(({ detailType }) => detailType)).toEqual(['SessionEntryWritten', 'HomeworkGiven']);
  });

  it('refuses a teacher of the class who does not give the session, and hides it from a stranger', async () => {
    const { ports } = school();
    await expect(writeSessionEntry(monday1, entry, actorOf(colleague), ports)).rejects.toBeInstanceOf(
      RefusedError,
    );
    await expect(writeSessionEntry(monday1, entry, actorOf(guardian), ports)).rejects.toBeInstanceOf(
      RefusedError,
    );
    const hidden = writeSessionEntry(monday1, entry, actorOf(otherPupil), ports);
    await expect(hidden).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(hidden).rejects.toMatchObject({ hidesExistence: true });
  });

  it('lets a substitute write on the session moved to them, and on no other', async () => {
    const { ports } = school();
    await expect(
      writeSessionEntry(monday3, { ...entry, works: [] }, actorOf(substitute), ports),
    ).resolves.toMatchObject({ version: 1 });
    await expect(writeSessionEntry(monday2, entry, actorOf(substitute), ports)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });

  it('keeps every version, and announces only the work newly given', async () => {
    const { ports, published } = school();
    const first = await writeSessionEntry(monday1, entry, actorOf(teacher), ports);
    await expect(writeSessionEntry(monday1, entry, actorOf(teacher), ports)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    published.length = 0;
    await writeSessionEntry(
      monday1,
      {
        content: 'Le passé simple des verbes du 1er groupe.',
        links: [],
        works: [...first.works, { text: 'Apprendre la leçon', dueDate: '2027-03-08' }],
        version: 1,
      },
      actorOf(teacher),
      ports,
    );
    const given = published.find(({ detailType }) => detailType === 'HomeworkGiven');
    expect((given?.detail.data as { works: unknown[] } | undefined)?.works).toEqual([
      { workId: 'id-4', dueDate: '2027-03-08' },
    ]);
    const page = await readSession(monday1, actorOf(head), ports);
    expect(page.history?.map(({ version, content }) => [version, content])).toEqual([
      [1, 'Le passé simple.'],
      [2, 'Le passé simple des verbes du 1er groupe.'],
    ]);
    const pupilsPage = await readSession(monday1, actorOf(pupil), ports);
    expect(pupilsPage).toMatchObject({ mayWrite: false, entry: { version: 2 } });
    expect(pupilsPage.history).toBeUndefined();
  });

  it('copies a session onto another the teacher gives, with only the work still ahead', async () => {
    const { ports } = school();
    await writeSessionEntry(
      monday1,
      {
        ...entry,
        works: [
          { text: 'Pour jeudi', dueDate: '2027-03-04' },
          { text: 'Pour le 10', dueDate: '2027-03-10' },
        ],
      },
      actorOf(teacher),
      ports,
    );
    const copied = await copySessionEntry(monday1, monday2, actorOf(teacher), ports);
    expect(copied.works.map(({ text }) => text)).toEqual(['Pour le 10']);
    await expect(copySessionEntry(monday1, monday1, actorOf(teacher), ports)).rejects.toMatchObject({
      code: 'copy_onto_itself',
    });
  });
});

describe('pupils’ work and the books', () => {
  const give = async (ports: ReturnType<typeof school>['ports']) => {
    const written = await writeSessionEntry(
      monday1,
      { content: '', links: [], works: [{ text: 'Exercice 4', dueDate: '2027-03-02' }] },
      actorOf(teacher),
      ports,
    );
    await writeSessionEntry(
      latin,
      { content: '', links: [], works: [{ text: 'Rosa, rosam', dueDate: '2027-03-03' }] },
      actorOf(teacher),
      ports,
    );
    return written.works[0]?.workId as string;
  };

  it('shows a pupil their class’s and groups’ work by due day, ticked for them alone', async () => {
    const { ports } = school();
    const workId = await give(ports);
    await tickWork(pupil.personId, { ...monday1, workId, done: true }, actorOf(pupil), ports);
    const list = await readDueWork(pupil.personId, {}, actorOf(pupil), ports);
    expect(list.from).toBe('2027-03-01');
    expect(list.days).toMatchObject([
      { date: '2027-03-02', works: [{ text: 'Exercice 4', done: true }] },
      { date: '2027-03-03', works: [{ text: 'Rosa, rosam', done: false }] },
    ]);
    const byGuardian = await readDueWork(pupil.personId, {}, actorOf(guardian), ports);
    expect(byGuardian.days[0]?.works[0]?.done).toBe(true);
    await expect(readDueWork(pupil.personId, {}, actorOf(otherGuardian), ports)).rejects.toMatchObject({
      hidesExistence: true,
    });
    await expect(
      tickWork(otherPupil.personId, { ...monday1, workId, done: true }, actorOf(otherPupil), ports),
    ).rejects.toMatchObject({ resource: 'work' });
    await expect(
      tickWork(pupil.personId, { ...monday1, workId, done: true }, actorOf(guardian), ports),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('opens a class’s book to the head of school and to the readers they name, a teacher’s to the teacher', async () => {
    const { ports } = school();
    await give(ports);
    await expect(readBook('class', '5a', '2026-2027', actorOf(head), ports)).resolves.toMatchObject({
      label: '5e A',
      entries: [{ session: { activityId: 'lundis' } }],
    });
    await expect(readBook('teacher', 'martin', undefined, actorOf(teacher), ports)).resolves.toMatchObject({
      schoolYear: '2026-2027',
    });
    await expect(readBook('teacher', 'martin', undefined, actorOf(colleague), ports)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(readBook('class', '5a', undefined, actorOf(inspector), ports)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await grantReader(inspector.personId, actorOf(head), ports, ports.directory);
    await expect(readBook('class', '5a', undefined, actorOf(inspector), ports)).resolves.toMatchObject({
      entries: [{}],
    });
    await expect(grantReader(pupil.personId, actorOf(head), ports, ports.directory)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('keeps a class’s shelf for its teachers to fill and its families to read', async () => {
    const { ports } = school();
    const link = { url: 'https://www.lumni.fr/', title: 'Lumni', comment: 'Des vidéos pour réviser.' };
    await addShelfLink('5a', link, actorOf(colleague), ports, ports.directory);
    await expect(addShelfLink('4b', link, actorOf(colleague), ports, ports.directory)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(readShelf('5a', actorOf(guardian), ports)).resolves.toMatchObject({
      links: [{ title: 'Lumni' }],
    });
    await expect(readShelf('5a', actorOf(otherGuardian), ports)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
