import { aboutKeyOf } from '#domain/messaging/liaison-audience';
import { copyOf, type LiaisonCopy, type LiaisonNote } from '#domain/messaging/liaison-note';
import type { GuardianAudience, LiaisonPorts, LiaisonStore } from '#domain/messaging/liaison-ports';
import type { Person, SchoolClass } from '#domain/people/person';
import type { OutgoingEvent } from '#events/envelope';

/** A school for the liaison book: classes, pupils with their guardians, teachers and the classes they teach. */
export interface LiaisonSchool {
  classes: SchoolClass[];
  people: Person[];
  /** guardian id → their children's ids. */
  children: Record<string, string[]>;
  /** teacher id → the classes they teach. */
  teaches: Record<string, string[]>;
}

/** The liaison store held in memory, with the conditions the DynamoDB one holds: one signature, a reminder a day. */
export const inMemoryLiaisonStore = () => {
  const notes = new Map<string, LiaisonNote>();
  const copies = new Map<string, LiaisonCopy>();
  const published: OutgoingEvent[] = [];
  const copyKey = (noteId: string, guardianId: string) => `${noteId}/${guardianId}`;
  const writes = { copies: 0 };
  const store: LiaisonStore = {
    get: async (noteId) => structuredClone(notes.get(noteId)),
    add: async (note, events) => {
      if (notes.has(note.id)) throw new Error(`note ${note.id} exists`);
      notes.set(note.id, structuredClone(note));
      published.push(...events);
    },
    addNewCopies: async (note, guardianIds) => {
      for (const guardianId of guardianIds)
        copies.set(copyKey(note.id, guardianId), copyOf(note, guardianId));
      writes.copies += guardianIds.length;
    },
    addMissingCopies: async (note, guardianIds) => {
      const missing = guardianIds.filter((guardianId) => !copies.has(copyKey(note.id, guardianId)));
      for (const guardianId of missing) copies.set(copyKey(note.id, guardianId), copyOf(note, guardianId));
      writes.copies += missing.length;
      return missing.length;
    },
    copy: async (noteId, guardianId) => structuredClone(copies.get(copyKey(noteId, guardianId))),
    copies: async (noteId) => [...copies.values()].filter((copy) => copy.noteId === noteId),
    sign: async (noteId, guardianId, at) => {
      const copy = copies.get(copyKey(noteId, guardianId));
      const note = notes.get(noteId);
      if (!copy || !note) return 'no-copy';
      if (copy.signedAt) return { alreadySignedAt: copy.signedAt };
      copy.signedAt = at;
      note.signedCount += 1;
      return { signed: at };
    },
    remind: async (noteId, today, events) => {
      const note = notes.get(noteId);
      if (!note || note.remindedOn === today) return false;
      note.remindedOn = today;
      published.push(...events);
      return true;
    },
    received: async (guardianId, limit) =>
      [...copies.values()]
        .filter((copy) => copy.guardianId === guardianId)
        .sort((a, b) => b.postedAt.localeCompare(a.postedAt))
        .slice(0, limit),
    about: async (targets, limit) =>
      [...notes.values()]
        .filter((note) => targets.includes(aboutKeyOf(note.to)))
        .sort((a, b) => b.postedAt.localeCompare(a.postedAt))
        .slice(0, limit),
    writtenBy: async (authorId, limit) =>
      [...notes.values()]
        .filter((note) => note.author.personId === authorId)
        .sort((a, b) => b.postedAt.localeCompare(a.postedAt))
        .slice(0, limit),
  };
  return { store, notes, copies, published, writes };
};

/**
 * Ports for the liaison book's use cases held in memory, on a clock the test moves (Paris: the day is the UTC
 * day here, the clock standing at 08:00 UTC).
 */
export const inMemoryLiaisonPorts = (school: LiaisonSchool, now = new Date('2026-12-07T08:00:00.000Z')) => {
  const liaison = inMemoryLiaisonStore();
  const clock = { current: now };
  let counter = 0;
  const person = (personId: string) => school.people.find((candidate) => candidate.personId === personId);
  const guardiansOf = (pupilId: string) =>
    Object.entries(school.children)
      .filter(([, children]) => children.includes(pupilId))
      .map(([guardianId]) => guardianId);
  const pupilsOf = (audience: GuardianAudience) => {
    if (audience.kind === 'pupil-guardians') return [audience.personId];
    const classIds =
      audience.kind === 'class-guardians'
        ? [audience.classId]
        : school.classes.filter((c) => c.level === audience.level).map((c) => c.classId);
    return school.people.filter((p) => p.classId && classIds.includes(p.classId)).map((p) => p.personId);
  };
  const ports: LiaisonPorts = {
    notes: liaison.store,
    audience: { membersOf: async (audience) => [...new Set(pupilsOf(audience).flatMap(guardiansOf))] },
    directory: {
      person: async (personId) => person(personId),
      people: async (ids) => school.people.filter((candidate) => ids.includes(candidate.personId)),
      schoolClass: async (classId) => school.classes.find((c) => c.classId === classId),
      schoolClasses: async (ids) => school.classes.filter((c) => !ids || ids.includes(c.classId)),
      childrenOf: async (guardianId) => school.children[guardianId] ?? [],
      classesTaughtBy: async (teacherId) => school.teaches[teacherId] ?? [],
      isGuardianOf: async (guardianId, pupilId) => (school.children[guardianId] ?? []).includes(pupilId),
      teachesClass: async (teacherId, classId) => (school.teaches[teacherId] ?? []).includes(classId),
      teachesStudent: async (teacherId, pupilId) => {
        const classId = person(pupilId)?.classId;
        return classId !== undefined && (school.teaches[teacherId] ?? []).includes(classId);
      },
      classesOf: async (personId) =>
        [person(personId)?.classId].filter((id): id is string => id !== undefined),
    },
    clock: { now: () => clock.current },
    today: () => clock.current.toISOString().slice(0, 10),
    newId: () => `id-${++counter}`,
    school: { schoolId: 'demo' },
  };
  return { ports, liaison, clock };
};
