import type { Profile } from '../identity/profile';
import type { ContactKind, Person, PupilContact, SchoolClass } from '../people/person';
import { keyOf } from '../shared/text';
import type { DirectoryState, GuardianLink, TeachingLink } from './directory-state';
import type { Change, ImportPlan } from './import-plan';
import type {
  ImportedClass,
  ImportedContact,
  ImportedKind,
  ImportedPerson,
  ImportProblem,
  ImportSnapshot,
} from './import-snapshot';

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
  const knownClassIds = new Set([
    ...state.classes.map(({ classId }) => classId),
    ...classes.create.map(({ classId }) => classId),
  ]);
  const contacts = contactsByPupil(snapshot);
  const people = planPeople(snapshot, contacts, state, options, knownClassIds, problems);
  people.update.push(...planContactsOfUnlisted(snapshot, contacts, state, people));
  const personIdOfSource = new Map<string, string>();
  for (const person of [...state.people.filter(isCurrentRecord), ...people.create]) {
    for (const sourceId of person.sourceIds ?? []) personIdOfSource.set(sourceId, person.personId);
  }
  const guardianships = planGuardianships(snapshot, state, personIdOfSource, problems);
  const teaching = planTeaching(snapshot, state, personIdOfSource, knownClassIds, problems);
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

const classIdOf = (code: string) => keyOf(code);

/** A record merged into another is history: the sources' ids now lead to the record kept. */
const isCurrentRecord = (person: Person) => person.mergedInto === undefined;

const planClasses = (snapshot: ImportSnapshot, state: DirectoryState) => {
  const existing = new Map(state.classes.map((schoolClass) => [schoolClass.classId, schoolClass]));
  const levels = new Map(snapshot.levels.map(({ code, label }) => [code, label]));
  const create: SchoolClass[] = [];
  const update: Change<SchoolClass>[] = [];
  // SIECLE and OneRoster define a school's classes; STSWEB only adds them to a directory that has none yet.
  const mayCreate = snapshot.source !== 'stsweb' || state.classes.length === 0;
  for (const imported of snapshot.classes) {
    const wanted = classOf(imported, levels, existing.get(classIdOf(imported.code)));
    const before = existing.get(wanted.classId);
    if (!before && mayCreate) create.push(wanted);
    else if (!before) continue;
    else {
      const fields = changedFields(before, wanted, ['label', 'level', 'kind', 'code', 'status']);
      if (fields.length > 0) update.push({ before, after: wanted, fields });
    }
  }
  return { create, update };
};

const classOf = (
  imported: ImportedClass,
  levels: ReadonlyMap<string, string>,
  before?: SchoolClass,
): SchoolClass => ({
  classId: classIdOf(imported.code),
  label: imported.label || imported.code,
  level: (imported.levelCode && levels.get(imported.levelCode)) || imported.levelCode || before?.level || '',
  ...(imported.kind === 'group' && { kind: 'group' }),
  code: imported.code,
});

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
  knownClassIds: ReadonlySet<string>,
  problems: ImportProblem[],
) => {
  const bySourceId = new Map<string, Person>();
  const byNationalId = new Map<string, Person>();
  for (const person of state.people.filter(isCurrentRecord)) {
    for (const sourceId of person.sourceIds ?? []) bySourceId.set(sourceId, person);
    if (person.nationalId) byNationalId.set(person.nationalId, person);
  }
  const create: Person[] = [];
  const update: Change<Person>[] = [];
  const retire: Change<Person>[] = [];
  const seen = new Set<string>();
  // A teacher who is also a parent (OneRoster roles teacher and parent) reads their child as a guardian.
  const legalGuardians = new Set(
    snapshot.guardianships.filter(({ legal }) => legal).map(({ guardianSourceId }) => guardianSourceId),
  );
  let unchanged = 0;
  for (const imported of snapshot.people) {
    const before =
      bySourceId.get(imported.sourceId) ??
      (imported.nationalId ? byNationalId.get(imported.nationalId) : undefined);
    if (before && seen.has(before.personId)) {
      // The file lists twice someone the directory holds once (records merged since): the first listing counts.
      problems.push({
        severity: 'warning',
        at: imported.at,
        reason: `is ${imported.firstName} ${imported.lastName}, already read from another record of this file: the directory merged them`,
      });
      continue;
    }
    checkClass(imported, knownClassIds, problems);
    const after = withContacts(
      personOf(imported, before, options, legalGuardians.has(imported.sourceId)),
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
  for (const person of goneFromSource(snapshot, state, seen)) {
    retire.push({
      before: person,
      after: { ...person, status: 'retired', version: person.version + 1 },
      fields: ['status'],
    });
  }
  return { create, update, retire, unchanged };
};

const personOf = (
  imported: ImportedPerson,
  before: Person | undefined,
  options: PlanOptions,
  isGuardian = false,
): Person => {
  const profile = profileOf[imported.kind];
  const profiles = [
    ...new Set([
      ...(before?.profiles ?? []),
      ...(profile ? [profile] : []),
      ...(isGuardian ? (['guardian'] as const) : []),
    ]),
  ];
  const contactKind = profile ? undefined : (imported.kind as ContactKind);
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
  setOptional(person, 'classId', imported.classCode ? classIdOf(imported.classCode) : undefined);
  setOptional(
    person,
    'groupIds',
    imported.groupCodes?.length ? imported.groupCodes.map(classIdOf).sort() : undefined,
  );
  setOptional(person, 'levelCode', imported.levelCode);
  setOptional(person, 'badgeNumber', imported.badgeNumber);
  setOptional(person, 'contactKind', contactKind ?? before?.contactKind);
  setOptional(person, 'status', imported.active ? undefined : 'retired');
  return person;
};

const setOptional = <Key extends keyof Person>(person: Person, key: Key, value: Person[Key] | undefined) => {
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

const checkClass = (
  imported: ImportedPerson,
  knownClassIds: ReadonlySet<string>,
  problems: ImportProblem[],
) => {
  if (imported.classCode && !knownClassIds.has(classIdOf(imported.classCode))) {
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
    wanted.push({ guardianId, studentId });
  }
  const wantedKeys = new Set(wanted.map(linkKey));
  // The file holds every link between the people it sources: one it no longer lists goes, whatever else the pupil
  // keeps (another guardian, or none), so that a guardian the source dropped loses access to the child at once.
  const fromFamilies = snapshot.familiesFrom
    ? sourcedPeople(state, snapshot.familiesFrom)
    : new Set<string>();
  return {
    add: unique(
      wanted.filter((link) => !existing.has(linkKey(link))),
      linkKey,
    ),
    remove: state.guardianships.filter(
      (link) =>
        fromFamilies.has(link.guardianId) &&
        fromFamilies.has(link.studentId) &&
        !wantedKeys.has(linkKey(link)),
    ),
  };
};

const planTeaching = (
  snapshot: ImportSnapshot,
  state: DirectoryState,
  personIdOfSource: ReadonlyMap<string, string>,
  knownClassIds: ReadonlySet<string>,
  problems: ImportProblem[],
) => {
  const existing = new Set(state.teaching.map(teachingKey));
  const wanted: TeachingLink[] = [];
  for (const link of snapshot.teaching) {
    const teacherId = personIdOfSource.get(link.teacherSourceId);
    const classId = classIdOf(link.classCode);
    if (!knownClassIds.has(classId)) {
      problems.push({
        severity: 'warning',
        at: link.at,
        field: 'class',
        reason: `is ${link.classCode}, which no other source names${similarClasses(link.classCode, knownClassIds)}`,
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
  const matches = [...known].filter((classId) => loose(classId) === loose(classIdOf(code)));
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

const linkKey = ({ guardianId, studentId }: GuardianLink) => `${guardianId}>${studentId}`;
const teachingKey = ({ teacherId, classId }: TeachingLink) => `${teacherId}>${classId}`;

const unique = <T>(items: T[], key: (item: T) => string) => [
  ...new Map(items.map((item) => [key(item), item])).values(),
];

/** Field names whose values differ; arrays and missing values compare by content. */
export const changedFields = <T extends object>(before: T, after: T, fields: readonly (keyof T)[]) =>
  fields.filter((field) => !sameValue(before[field], after[field])).map(String);

/** Equal as JSON, missing and null alike; texts and numbers, most fields, compare without being written out. */
const sameValue = (before: unknown, after: unknown) => {
  const [a, b] = [before ?? null, after ?? null];
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
};
