import { isProfile, type Profile } from '#domain/identity/profile';
import { indexedNameWordsOf } from '#domain/people/name-words';
import {
  type ContactKind,
  contactKinds,
  isActivated,
  isRetired,
  type Person,
  type PupilContact,
  type SchoolClass,
} from '#domain/people/person';
import { sortKeyOf } from '#domain/shared/text';
import { put, remove, type WriteRequest } from '#functions/lib/write-requests';
import { classKeys, directoryIndexKeys, linkKeys, personKeys } from '#infra/definitions/school-table';

/** A person as stored: their record, their keys, and the index attributes of the lists they belong to. */
export const toPersonItem = (person: Person) => ({
  ...personKeys.item(person.personId),
  ...personKeys.indexAttributes({
    personId: person.personId,
    sortName: sortKeyOf(`${person.lastName} ${person.firstName}`),
    classId: person.classId,
    activated: isActivated(person),
    retired: isRetired(person),
  }),
  entity: 'person',
  ...person,
});

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

const optionalText = (item: Record<string, unknown>, ...names: (keyof Person)[]) =>
  Object.fromEntries(names.flatMap((name) => (typeof item[name] === 'string' ? [[name, item[name]]] : [])));

const optionalList = (item: Record<string, unknown>, ...names: (keyof Person)[]) =>
  Object.fromEntries(names.flatMap((name) => (strings(item[name]) ? [[name, strings(item[name])]] : [])));

/** The optional fields a person item holds as text, and those it holds as lists of text. */
const textFields = [
  'classId',
  'birthDate',
  'email',
  'phone',
  'username',
  'passwordSetAt',
  'nationalId',
  'levelCode',
  'badgeNumber',
  'mergedInto',
  'organisation',
] as const satisfies readonly (keyof Person)[];
const listFields = ['sourceIds', 'groupIds', 'address'] as const satisfies readonly (keyof Person)[];

/**
 * The attributes `fromPersonItem` reads, from the same lists: a query that reads many people asks for these only,
 * and a field added to a person is read by both or by neither.
 */
export const personRecordAttributes = [
  'personId',
  'firstName',
  'lastName',
  'profiles',
  ...textFields,
  ...listFields,
  'status',
  'contactKind',
  'contacts',
  'version',
] as const satisfies readonly (keyof Person)[];

export const fromPersonItem = (item: Record<string, unknown>): Person => ({
  personId: String(item.personId),
  firstName: String(item.firstName),
  lastName: String(item.lastName),
  profiles: ((item.profiles as string[] | undefined) ?? []).filter(isProfile),
  ...optionalText(item, ...textFields),
  ...optionalList(item, ...listFields),
  ...(item.status === 'retired' && { status: 'retired' }),
  ...(contactKinds.includes(item.contactKind as ContactKind) && {
    contactKind: item.contactKind as ContactKind,
  }),
  ...(Array.isArray(item.contacts) && { contacts: item.contacts.flatMap(pupilContactOf) }),
  version: Number(item.version ?? 1),
});

const phoneKinds = new Set(['mobile', 'personal', 'work']);

/** A pupil's contact as stored; an entry that is not one (a hand-edited item) is left out. */
const pupilContactOf = (value: unknown): PupilContact[] => {
  if (typeof value !== 'object' || value === null) return [];
  const item = value as Record<string, unknown>;
  if (typeof item.sourceId !== 'string' || typeof item.firstName !== 'string') return [];
  const phones = Array.isArray(item.phones) ? item.phones : [];
  return [
    {
      sourceId: item.sourceId,
      firstName: item.firstName,
      lastName: String(item.lastName ?? ''),
      ...(typeof item.relationship === 'string' && { relationship: item.relationship }),
      phones: phones.flatMap((phone: Record<string, unknown>) =>
        phoneKinds.has(String(phone?.kind)) && typeof phone?.number === 'string'
          ? [{ kind: phone.kind as PupilContact['phones'][number]['kind'], number: phone.number }]
          : [],
      ),
    },
  ];
};

export const toClassItem = (schoolClass: SchoolClass) => ({
  ...classKeys.item(schoolClass.classId),
  ...classKeys.indexAttributes(schoolClass),
  entity: 'class',
  ...schoolClass,
});

export const fromClassItem = (item: Record<string, unknown>): SchoolClass => ({
  classId: String(item.classId),
  label: String(item.label),
  level: String(item.level),
  ...(item.kind === 'group' && { kind: 'group' }),
  ...(typeof item.code === 'string' && { code: item.code }),
  ...(Array.isArray(item.sourceIds) && { sourceIds: item.sourceIds.map(String) }),
  ...(item.status === 'retired' && { status: 'retired' }),
});

/** Both directions of a guardianship: the guardian's children and the child's guardians are key look-ups. */
export const guardianshipItems = (guardianId: string, studentId: string) => [
  {
    ...personKeys.child(guardianId, studentId),
    ...linkKeys.guardianshipIndexAttributes(guardianId, studentId),
    entity: 'guardianship',
    guardianId,
    childId: studentId,
  },
  { ...personKeys.guardian(studentId, guardianId), entity: 'guardianship', guardianId, childId: studentId },
];

export const guardianshipKeys = (guardianId: string, studentId: string) => [
  personKeys.child(guardianId, studentId),
  personKeys.guardian(studentId, guardianId),
];

export const teachingItem = (teacherId: string, classId: string) => ({
  ...personKeys.teaches(teacherId, classId),
  ...linkKeys.teachingIndexAttributes(teacherId, classId),
  entity: 'teaching',
  teacherId,
  classId,
});

/** Profiles listed by membership items: the few people of the staff side (pupils and parents are found by class). */
const listedProfiles = new Set<Profile>(['teacher', 'staff', 'planner', 'school-admin', 'authority-admin']);

/** Membership items of the kinds a person is listed under: staff-side profiles and outside contacts. */
export const profileMemberItems = (person: Person) =>
  [
    ...person.profiles.filter((profile) => listedProfiles.has(profile)),
    ...(person.contactKind ? [person.contactKind] : []),
  ].map((kind) => ({
    ...personKeys.profileMember(kind, person.personId),
    entity: 'profile-member',
    personId: person.personId,
  }));

/** The items that tie a person to the others: guardianships, teaching, profile membership. */
export const relationItems = (person: Person, links: { childIds?: string[]; classIdsTaught?: string[] }) => [
  ...(links.childIds ?? []).flatMap((childId) => guardianshipItems(person.personId, childId)),
  ...(links.classIdsTaught ?? []).map((classId) => teachingItem(person.personId, classId)),
  ...profileMemberItems(person),
];

/**
 * The look-up items of a person, whatever their status: a word of the name each (the name search), a group each
 * (the group's roster). They hold the name only, which no path but a put of the whole person changes.
 */
const lookUpItemsOf = (person: Person) => {
  const sortName = sortKeyOf(`${person.lastName} ${person.firstName}`);
  const { personId, firstName, lastName } = person;
  return [
    ...indexedNameWordsOf(person).map((word) => ({
      ...directoryIndexKeys.nameWord(personId, word),
      ...directoryIndexKeys.nameWordIndexAttributes(word, personId),
      entity: 'name-word',
      personId,
      firstName,
      lastName,
    })),
    ...[...new Set(person.groupIds ?? [])].map((groupId) => ({
      ...directoryIndexKeys.groupMember(personId, groupId),
      ...directoryIndexKeys.groupMemberIndexAttributes(groupId, sortName, personId),
      entity: 'group-member',
      personId,
      groupId,
    })),
  ];
};

/** The look-up items of a person as they should be now: none once retired (out of searches and rosters). */
export const directoryIndexItems = (person: Person) => (isRetired(person) ? [] : lookUpItemsOf(person));

/**
 * What keeps a person's look-up items in step with a new version of the person: puts of those they should have,
 * deletes of those the previous version had and this one has not (a name changed, a group left, retirement).
 * Every path that writes a person's name or groups writes these with it; `before` is undefined for a new person.
 */
export const directoryIndexWrites = (before: Person | undefined, after: Person): WriteRequest[] => {
  const items = directoryIndexItems(after);
  const kept = new Set(items.map(({ SK }) => SK));
  const stale = before && before.personId === after.personId ? lookUpItemsOf(before) : [];
  return [
    ...items.map(put),
    ...stale.filter(({ SK }) => !kept.has(SK)).map(({ PK, SK }) => remove({ PK, SK })),
  ];
};

/** Deletes of every look-up item a person may have: for a record retired by a merge. */
export const directoryIndexRemovals = (person: Person): WriteRequest[] =>
  lookUpItemsOf(person).map(({ PK, SK }) => remove({ PK, SK }));
