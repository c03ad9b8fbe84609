import type { Profile } from '#domain/identity/profile';
import type { DirectoryState, GuardianLink, TeachingLink } from '#domain/people/directory-state';
import type { ContactKind, Person, PupilContact } from '#domain/people/person';
import { keyOf } from '#domain/shared/text';
import type { Change, ImportPlan } from './import-plan';
import type {
  ImportedContact,
  ImportedKind,
  ImportedPerson,
  ImportProblem,
  ImportSnapshot,
} from './import-snapshot';
import { type ClassIndex, changedFields, classIdOfCode, planClasses } from './plan-classes';
import {
  keptByDelta,
  placedByDelta,
  planDeltaTeaching,
  planPlacementsOfUnlisted,
  retiredByDelta,
} from './plan-delta';

export interface PlanOptions {
  /** The id a new person gets: derived from the source id, so that a rerun after a failure makes no duplicate. */
  personIdOf(sourceId: string): string;
}

/**
 * Compares what a file says with the directory: who to create, update or retire, which classes and links to add
 * or remove. People are matched by their source ids, and students also by their national id (INE), so the same
 * pupil coming from two sources stays one person. Only what the file is authoritative for is retired or unlinked:
 * people and links of the same source, never what someone entered by hand.
 */
export const planImport = (
  snapshot: ImportSnapshot,
  state: DirectoryState,
  options: PlanOptions,
): ImportPlan => {
  const problems: ImportProblem[] = [...snapshot.problems];
  const classes = planClasses(snapshot, state);
  const contacts = contactsByPupil(snapshot);
  const people = planPeople(snapshot, contacts, state, options, classes.index, problems);
  people.update.push(...planContactsOfUnlisted(snapshot, contacts, state, people));
  if (snapshot.delta) {
    people.update.push(
      ...planPlacementsOfUnlisted(
        snapshot.delta,
        state,
        { sourceIds: new Set(snapshot.people.map(({ sourceId }) => sourceId)), personIds: people.seen },
        classes.index,
        problems,
      ),
    );
  }
  const personIdOfSource = new Map<string, string>();
  for (const person of [...state.people.filter(isCurrentRecord), ...people.create]) {
    for (const sourceId of person.sourceIds ?? []) personIdOfSource.set(sourceId, person.personId);
  }
  const guardianships = planGuardianships(snapshot, state, personIdOfSource, problems);
  const teaching = snapshot.delta
    ? planDeltaTeaching(snapshot.delta, state, personIdOfSource, classes.index, problems)
    : planTeaching(snapshot, state, personIdOfSource, classes.index, problems);
  return {
    createPeople: people.create,
    updatePeople: people.update,
    retirePeople: people.retire,
    createClasses: classes.create,
    updateClasses: classes.update,
    addGuardianships: guardianships.add,
    removeGuardianships: guardianships.remove,
    addTeaching: teaching.add,
    removeTeaching: teaching.remove,
    unchanged: people.unchanged,
    problems,
  };
};

/** A record merged into another is history: the sources' ids now lead to the record kept. */
const isCurrentRecord = (person: Person) => person.mergedInto === undefined;

const profileOf: Record<ImportedKind, Profile | undefined> = {
  student: 'student',
  guardian: 'guardian',
  teacher: 'teacher',
  staff: 'staff',
  'guest-artist': undefined,
  supplier: undefined,
  client: undefined,
  partner: undefined,
};

const personFields: (keyof Person)[] = [
  'firstName',
  'lastName',
  'profiles',
  'birthDate',
  'email',
  'phone',
  'address',
  'nationalId',
  'classId',
  'groupIds',
  'levelCode',
  'badgeNumber',
  'status',
  'contactKind',
  'contacts',
  'sourceIds',
];

const planPeople = (
  snapshot: ImportSnapshot,
  contacts: ContactsByPupil,
  state: DirectoryState,
  options: PlanOptions,
  classes: ClassIndex,
  problems: ImportProblem[],
) => {
  const bySourceId = new Map<string, Person>();
  const byNationalId = new Map<string, Person>();
  const byPersonId = new Map<string, Person>();
  for (const person of state.people.filter(isCurrentRecord)) {
    byPersonId.set(person.personId, person);
    for (const sourceId of person.sourceIds ?? []) bySourceId.set(sourceId, person);
    if (person.nationalId) byNationalId.set(person.nationalId, person);
  }
  const create: Person[] = [];
  const update: Change<Person>[] = [];
  const retire: Change<Person>[] = [];
  const seen = new Set<string>();
  // A teacher who is also a parent (OneRoster roles teacher and parent) reads their child as a guardian.
  const legalGuardians = new Set(
    snapshot.guardianships
      .filter(({ legal, directoryDecides }) => legal && !directoryDecides)
      .map(({ guardianSourceId }) => guardianSourceId),
  );
  let unchanged = 0;
  for (const imported of snapshot.people) {
    const before =
      bySourceId.get(imported.sourceId) ??
      (imported.nationalId ? byNationalId.get(imported.nationalId) : undefined) ??
      (imported.directoryId ? byPersonId.get(imported.directoryId) : undefined);
    if (before && seen.has(before.personId)) {
      // The file lists twice someone the directory holds once (records merged since): the first listing counts.
      problems.push({
        severity: 'warning',
        at: imported.at,
        reason: `is ${imported.firstName} ${imported.lastName}, already read from another record of this file: the directory merged them`,
      });
      continue;
    }
    if (!before && !imported.kind) {
      problems.push({
        severity: 'warning',
        at: imported.at,
        field: 'role',
        reason: 'is missing, and the directory does not know this user: add their role to the delta',
      });
      continue;
    }
    checkClass(imported, classes, problems);
    const listed = personOf(imported, before, options, classes, legalGuardians.has(imported.sourceId));
    const after = withContacts(
      snapshot.delta
        ? placedByDelta(keptByDelta(listed, before), before, snapshot.delta, classes, problems)
        : listed,
      contacts,
    );
    seen.add(after.personId);
    if (!before) {
      create.push(after);
      continue;
    }
    warnOfRenamedTeacher(imported, before, problems);
    const fields = changedFields(before, after, personFields);
    if (fields.length === 0) unchanged += 1;
    else
      (after.status === 'retired' && before.status !== 'retired' ? retire : update).push({
        before,
        after,
        fields,
      });
  }
  const gone = snapshot.delta
    ? retiredByDelta(snapshot.delta, bySourceId, seen)
    : goneFromSource(snapshot, state, seen);
  for (const person of gone) {
    retire.push({
      before: person,
      after: { ...person, status: 'retired', version: person.version + 1 },
      fields: ['status'],
    });
  }
  return { create, update, retire, unchanged, seen };
};

const personOf = (
  imported: ImportedPerson,
  before: Person | undefined,
  options: PlanOptions,
  classes: ClassIndex,
  isGuardian = false,
): Person => {
  const profile = imported.kind && profileOf[imported.kind];
  const profiles = [
    ...new Set([
      ...(before?.profiles ?? []),
      ...(profile ? [profile] : []),
      ...(isGuardian ? (['guardian'] as const) : []),
    ]),
  ];
  const contactKind = profile || !imported.kind ? undefined : (imported.kind as ContactKind);
  const person: Person = {
    ...before,
    personId: before?.personId ?? options.personIdOf(imported.sourceId),
    firstName: imported.firstName,
    lastName: imported.lastName,
    profiles,
    sourceIds: [...new Set([...(before?.sourceIds ?? []), imported.sourceId])].sort(),
    version: (before?.version ?? 0) + 1,
  };
  setOptional(person, 'birthDate', imported.birthDate);
  setOptional(person, 'email', imported.email);
  setOptional(person, 'phone', imported.phone);
  setOptional(person, 'address', imported.address?.length ? imported.address : undefined);
  setOptional(person, 'nationalId', imported.nationalId);
  setOptional(person, 'classId', imported.classCode ? classes.idOfCode(imported.classCode) : undefined);
  setOptional(
    person,
    'groupIds',
    imported.groupCodes?.length ? imported.groupCodes.map(classes.idOfCode).sort() : undefined,
  );
  setOptional(person, 'levelCode', imported.levelCode);
  setOptional(person, 'badgeNumber', imported.badgeNumber);
  setOptional(person, 'contactKind', contactKind ?? before?.contactKind);
  setOptional(person, 'status', imported.active ? undefined : 'retired');
  return person;
};

export const setOptional = <Key extends keyof Person>(
  person: Person,
  key: Key,
  value: Person[Key] | undefined,
) => {
  if (value === undefined) delete person[key];
  else person[key] = value;
};

/** People of the kinds and sources the file covers whom it no longer lists. */
const goneFromSource = (snapshot: ImportSnapshot, state: DirectoryState, seen: ReadonlySet<string>) => {
  const coveredPrefixes = new Set(snapshot.people.map(({ sourceId }) => sourcePrefixOf(sourceId)));
  return state.people.filter(
    (person) =>
      !seen.has(person.personId) &&
      person.status !== 'retired' &&
      (person.sourceIds ?? []).some((sourceId) => coveredPrefixes.has(sourcePrefixOf(sourceId))),
  );
};

/** `siecle:eleve:1234` → `siecle:eleve:`: one kind of record of one source. */
const sourcePrefixOf = (sourceId: string) => sourceId.slice(0, sourceId.lastIndexOf(':') + 1);

const checkClass = (imported: ImportedPerson, classes: ClassIndex, problems: ImportProblem[]) => {
  if (imported.classCode && !classes.known.has(classes.idOfCode(imported.classCode))) {
    problems.push({
      severity: 'warning',
      at: imported.at,
      field: 'class',
      reason: `is ${imported.classCode}, a class neither this file nor the directory describes`,
    });
  }
};

const warnOfRenamedTeacher = (imported: ImportedPerson, before: Person, problems: ImportProblem[]) => {
  if (imported.kind !== 'teacher') return;
  const sameName =
    keyOf(`${imported.firstName} ${imported.lastName}`) === keyOf(`${before.firstName} ${before.lastName}`);
  if (!sameName) {
    problems.push({
      severity: 'warning',
      at: imported.at,
      field: 'name',
      reason: `is ${imported.firstName} ${imported.lastName} here but ${before.firstName} ${before.lastName} in the directory: the file's name is kept`,
    });
  }
};

const planGuardianships = (
  snapshot: ImportSnapshot,
  state: DirectoryState,
  personIdOfSource: ReadonlyMap<string, string>,
  problems: ImportProblem[],
) => {
  const existing = new Set(state.guardianships.map(linkKey));
  const wanted: GuardianLink[] = [];
  // A delta's agent it does not list is a guardian only if the directory says so: a teacher stays a teacher.
  const withRole = new Set(snapshot.people.flatMap(({ sourceId, kind }) => (kind ? [sourceId] : [])));
  const profilesOf = new Map(state.people.map(({ personId, profiles }) => [personId, profiles]));
  const plays = (sourceId: string, personId: string, profile: Profile) =>
    withRole.has(sourceId) || (profilesOf.get(personId) ?? []).includes(profile);
  // Only legal guardians read a child's records; other contacts (a grandparent to call) get no link, hence no right.
  for (const link of snapshot.guardianships.filter(({ legal }) => legal)) {
    const guardianId = personIdOfSource.get(link.guardianSourceId);
    const studentId = personIdOfSource.get(link.studentSourceId);
    if (!guardianId || !studentId) {
      problems.push({
        severity: 'warning',
        at: link.at,
        reason: `links ${link.guardianSourceId} to ${link.studentSourceId}, who is not in the directory: import the students first`,
      });
      continue;
    }
    const roles =
      plays(link.guardianSourceId, guardianId, 'guardian') &&
      plays(link.studentSourceId, studentId, 'student');
    if (snapshot.delta && !roles) {
      if (link.directoryDecides) continue;
      problems.push({
        severity: 'warning',
        at: link.at,
        reason: `links ${link.guardianSourceId} to ${link.studentSourceId} as their guardian, though the directory holds no such guardian and the delta gives no family role`,
      });
      continue;
    }
    wanted.push({ guardianId, studentId });
  }
  const wantedKeys = new Set(wanted.map(linkKey));
  // The file holds every link between the people it sources: one it no longer lists goes, whatever else the pupil
  // keeps (another guardian, or none), so that a guardian the source dropped loses access to the child at once.
  const fromFamilies = snapshot.familiesFrom
    ? sourcedPeople(state, snapshot.familiesFrom)
    : new Set<string>();
  // A delta lists the whole family of the people it lists, and says nothing of the others'.
  const listedFamilies =
    snapshot.delta && new Set(snapshot.delta.familiesOf.flatMap((id) => personIdOfSource.get(id) ?? []));
  const isListed = (link: GuardianLink) =>
    !listedFamilies || listedFamilies.has(link.guardianId) || listedFamilies.has(link.studentId);
  return {
    add: unique(
      wanted.filter((link) => !existing.has(linkKey(link))),
      linkKey,
    ),
    remove: state.guardianships.filter(
      (link) =>
        fromFamilies.has(link.guardianId) &&
        fromFamilies.has(link.studentId) &&
        isListed(link) &&
        !wantedKeys.has(linkKey(link)),
    ),
  };
};

const planTeaching = (
  snapshot: ImportSnapshot,
  state: DirectoryState,
  personIdOfSource: ReadonlyMap<string, string>,
  classes: ClassIndex,
  problems: ImportProblem[],
) => {
  const existing = new Set(state.teaching.map(teachingKey));
  const wanted: TeachingLink[] = [];
  for (const link of snapshot.teaching) {
    const teacherId = personIdOfSource.get(link.teacherSourceId);
    const classId = classes.idOfCode(link.classCode);
    if (!classes.known.has(classId)) {
      problems.push({
        severity: 'warning',
        at: link.at,
        field: 'class',
        reason: `is ${link.classCode}, which no other source names${similarClasses(link.classCode, classes.known)}`,
      });
      continue;
    }
    if (teacherId) wanted.push({ teacherId, classId });
  }
  const wantedKeys = new Set(wanted.map(teachingKey));
  const teachersCovered = new Set(wanted.map(({ teacherId }) => teacherId));
  return {
    add: unique(
      wanted.filter((link) => !existing.has(teachingKey(link))),
      teachingKey,
    ),
    remove: state.teaching.filter(
      (link) => teachersCovered.has(link.teacherId) && !wantedKeys.has(teachingKey(link)),
    ),
  };
};

/** `6EME A` and `6A` are the same class to a reader: suggest the directory's spelling. */
const similarClasses = (code: string, known: ReadonlySet<string>) => {
  const loose = (id: string) => id.replace(/eme|e(?=[a-z]?$)|-/g, '');
  const matches = [...known].filter((classId) => loose(classId) === loose(classIdOfCode(code)));
  return matches.length > 0 ? ` (the directory has ${matches.join(', ')})` : '';
};

/** People who hold a source id starting with `prefix`, such as `siecle:`. */
const sourcedPeople = (state: DirectoryState, prefix: string) =>
  new Set(
    state.people
      .filter((person) => (person.sourceIds ?? []).some((sourceId) => sourceId.startsWith(prefix)))
      .map(({ personId }) => personId),
  );

/** The file's contacts of the pupils, by the pupil's source id, each with its place in the file. */
interface ContactsByPupil {
  familiesFrom?: string;
  byPupil?: ReadonlyMap<string, { position: number; contact: ImportedContact }[]>;
}

const contactsByPupil = ({ familiesFrom, contacts }: ImportSnapshot): ContactsByPupil => {
  if (!contacts) return { familiesFrom };
  const byPupil = new Map<string, { position: number; contact: ImportedContact }[]>();
  for (const [position, contact] of contacts.entries()) {
    const own = byPupil.get(contact.studentSourceId);
    if (own) own.push({ position, contact });
    else byPupil.set(contact.studentSourceId, [{ position, contact }]);
  }
  return { familiesFrom, byPupil };
};

/**
 * A pupil's other contacts are the file's when it gives them (SIECLE's responsables): replaced as a whole, sorted
 * by source id so that the same file writes nothing the second time. Without them, the record keeps its own.
 */
const withContacts = (person: Person, { familiesFrom, byPupil }: ContactsByPupil): Person => {
  const sourced = (person.sourceIds ?? []).filter(
    (sourceId) => familiesFrom && sourceId.startsWith(familiesFrom),
  );
  if (!byPupil || sourced.length === 0 || !person.profiles.includes('student')) return person;
  // In the file's order, as they come, whichever of the pupil's source ids they name.
  const listed = sourced
    .flatMap((sourceId) => byPupil.get(sourceId) ?? [])
    .sort((a, b) => a.position - b.position)
    .map(({ contact }) => contact);
  const own = unique(listed, ({ sourceId }) => sourceId)
    .map(({ studentSourceId: _, at: __, ...contact }): PupilContact => contact)
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
  const { contacts: _, ...rest } = person;
  return own.length > 0 ? { ...rest, contacts: own } : rest;
};

/** Pupils the file does not list (a responsables file imported alone) whose contacts it changes. */
const planContactsOfUnlisted = (
  snapshot: ImportSnapshot,
  contacts: ContactsByPupil,
  state: DirectoryState,
  planned: { create: Person[]; update: Change<Person>[]; retire: Change<Person>[] },
): Change<Person>[] => {
  if (!snapshot.contacts) return [];
  const listed = new Set(snapshot.people.map(({ sourceId }) => sourceId));
  const planedIds = new Set(
    [...planned.create, ...[...planned.update, ...planned.retire].map(({ after }) => after)].map(
      ({ personId }) => personId,
    ),
  );
  return state.people.flatMap((before) => {
    const isListed = (before.sourceIds ?? []).some((sourceId) => listed.has(sourceId));
    if (
      isListed ||
      planedIds.has(before.personId) ||
      !isCurrentRecord(before) ||
      before.status === 'retired'
    ) {
      return [];
    }
    const after = withContacts(before, contacts);
    const fields = changedFields(before, after, ['contacts']);
    return fields.length > 0 ? [{ before, after: { ...after, version: before.version + 1 }, fields }] : [];
  });
};

export const linkKey = ({ guardianId, studentId }: GuardianLink) => `${guardianId}>${studentId}`;
export const teachingKey = ({ teacherId, classId }: TeachingLink) => `${teacherId}>${classId}`;

export const unique = <T>(items: T[], key: (item: T) => string) => [
  ...new Map(items.map((item) => [key(item), item])).values(),
];
