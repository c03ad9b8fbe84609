import type { BookPorts } from '#domain/homework/class-book';
import type { DueWork, Session, SessionEntry, ShelfLink } from '#domain/homework/homework';
import type { HomeworkStore, SessionFinder } from '#domain/homework/homework-ports';
import type { Person, SchoolClass } from '#domain/people/person';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';

const refText = (ref: { activityId: string; seriesDate: string }) => `${ref.activityId}#${ref.seriesDate}`;

/** The homework store in memory: entries new or still at the version read, with every version kept. */
export const inMemoryHomeworkStore = (published: OutgoingEvent[]): HomeworkStore => {
  const versions = new Map<string, SessionEntry[]>();
  const done = new Map<string, Map<string, string>>();
  const readers = new Map<string, { personId: string; grantedBy: string; grantedAt: string }>();
  const shelves = new Map<string, ShelfLink[]>();
  const current = () => [...versions.values()].flatMap((list) => list.slice(-1));
  return {
    async entry(ref) {
      return versions.get(refText(ref))?.at(-1);
    },
    async history(ref) {
      return versions.get(refText(ref)) ?? [];
    },
    async save(entry, previous, events) {
      const list = versions.get(refText(entry.session)) ?? [];
      if (list.at(-1)?.version !== previous?.version)
        throw new StaleVersionError('session entry', refText(entry.session), previous?.version ?? 0);
      versions.set(refText(entry.session), [...list, entry]);
      published.push(...events);
    },
    async dueFor(classIds, from, to) {
      const works = new Map<string, DueWork>();
      for (const entry of current())
        if (entry.session.classIds.some((classId) => classIds.includes(classId)))
          for (const work of entry.works)
            if (work.dueDate >= from && work.dueDate <= to)
              works.set(work.workId, { ...work, session: entry.session });
      return [...works.values()];
    },
    async doneBy(pupilId, from, to) {
      const ticks = done.get(pupilId) ?? new Map();
      return new Set([...ticks].filter(([, due]) => due >= from && due <= to).map(([workId]) => workId));
    },
    async markDone(pupilId, work, isDone) {
      const ticks = done.get(pupilId) ?? new Map<string, string>();
      if (isDone) ticks.set(work.workId, work.dueDate);
      else ticks.delete(work.workId);
      done.set(pupilId, ticks);
    },
    async book(kind, id, from, to) {
      return current()
        .filter((entry) =>
          (kind === 'class' ? entry.session.classIds : entry.session.teacherIds).includes(id),
        )
        .filter((entry) => entry.session.date >= from && entry.session.date <= to)
        .sort((a, b) => a.session.date.localeCompare(b.session.date));
    },
    async readers() {
      return [...readers.values()];
    },
    async isReader(personId) {
      return readers.has(personId);
    },
    async grantReader(personId, grantedBy, grantedAt) {
      readers.set(personId, { personId, grantedBy, grantedAt });
    },
    async revokeReader(personId) {
      readers.delete(personId);
    },
    async shelf(classId) {
      return shelves.get(classId) ?? [];
    },
    async addShelfLink(link, atMost) {
      const links = shelves.get(link.classId) ?? [];
      if (links.length >= atMost) throw new ConflictError('shelf_full', 'full');
      shelves.set(link.classId, [link, ...links]);
    },
    async removeShelfLink(classId, linkId) {
      const links = shelves.get(classId) ?? [];
      shelves.set(
        classId,
        links.filter((link) => link.linkId !== linkId),
      );
      return links.some((link) => link.linkId === linkId);
    },
  };
};

/** A small school for the homework book: its sessions, people, guardianships and teaching, in memory. */
export const inMemoryHomeworkPorts = (school: {
  sessions: Session[];
  people: Person[];
  classes?: SchoolClass[];
  guardianships?: [guardianId: string, pupilId: string][];
  teaching?: [teacherId: string, classId: string][];
  today?: string;
}) => {
  const published: OutgoingEvent[] = [];
  const guardianships = school.guardianships ?? [];
  const teaching = school.teaching ?? [];
  const person = (personId: string) => school.people.find((each) => each.personId === personId);
  const classesOf = (personId: string) => {
    const pupil = person(personId);
    return [pupil?.classId, ...(pupil?.groupIds ?? [])].filter((id): id is string => id !== undefined);
  };
  const sessions: SessionFinder = {
    async session(ref) {
      return school.sessions.find((each) => refText(each) === refText(ref));
    },
    async sessionsOfCourse(projectId) {
      return school.sessions.filter((each) => each.projectId === projectId);
    },
  };
  let ids = 0;
  const ports: BookPorts = {
    homework: inMemoryHomeworkStore(published),
    sessions,
    directory: {
      async person(personId) {
        return person(personId);
      },
      async people(personIds) {
        return school.people.filter((each) => personIds.includes(each.personId));
      },
      async isGuardianOf(guardianId, pupilId) {
        return guardianships.some(([g, p]) => g === guardianId && p === pupilId);
      },
      async teachesClass(teacherId, classId) {
        return teaching.some(([t, c]) => t === teacherId && c === classId);
      },
      async teachesStudent(teacherId, pupilId) {
        return classesOf(pupilId).some((classId) =>
          teaching.some(([t, c]) => t === teacherId && c === classId),
        );
      },
      async classesOf(personId) {
        return classesOf(personId);
      },
      async childrenOf(guardianId) {
        return guardianships.filter(([g]) => g === guardianId).map(([, p]) => p);
      },
    },
    classes: {
      async schoolClass(classId) {
        return school.classes?.find((each) => each.classId === classId);
      },
    },
    clock: { now: () => new Date(`${school.today ?? '2027-03-01'}T08:00:00Z`) },
    newId: () => {
      ids += 1;
      return `id-${ids}`;
    },
    school: { schoolId: 'test', timeZone: 'Europe/Paris' },
  };
  return { ports, published };
};
