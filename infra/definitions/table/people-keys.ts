import { keyPrefixes } from './key-prefixes';

/**
 * People, classes, the links between them and the directory's look-up items in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a person by id                           | PK = PERSON#<id>, SK = PERSON                          | table |
 * | a guardian's children                    | PK = PERSON#<guardianId>, SK begins_with CHILD#        | table |
 * | a student's guardians                    | PK = PERSON#<studentId>, SK begins_with GUARDIAN#      | table |
 * | the classes a teacher teaches            | PK = PERSON#<teacherId>, SK begins_with TEACHES#       | table |
 * | does a teacher teach a class             | PK = PERSON#<teacherId>, SK = TEACHES#<classId>        | table |
 * | the audit trail of a person, by time     | PK = PERSON#<id>, SK begins_with CHANGE#               | table |
 * | a person's name words, groups (rewrite)  | PK = PERSON#<id>, SK = NAME#<word>, GROUP#<groupId>    | table |
 * | people holding a profile                 | PK = PROFILE#<profile>, SK begins_with PERSON#         | table |
 * | a class by id                            | PK = CLASS#<id>, SK = CLASS                            | table |
 * | classes, by level and label              | GSI1PK = CLASSES, GSI1SK begins_with <level>#          | GSI1  |
 * | students of a class, by name             | GSI1PK = CLASS#<id>#STUDENTS                           | GSI1  |
 * | the members of a group (LATIN, CHORALE)  | GSI1PK = CLASS#<groupId>#STUDENTS, on GROUP# items     | GSI1  |
 * | people without an account yet, by name   | GSI2PK = PEOPLE#NOT-ACTIVATED (sparse: removed on use) | GSI2  |
 * | every guardianship (imports)             | GSI2PK = GUARDIANSHIPS#<shard 0-9>, on CHILD# items    | GSI2  |
 * | every teaching link (imports)            | GSI2PK = TEACHING, on TEACHES# items                   | GSI2  |
 * | active people by name (search, import)   | GSI3PK = PEOPLE#<initial a-z or _>, GSI3SK begins_with | GSI3  |
 * | retired people by name (import matching) | GSI3PK = RETIRED#<initial a-z or _>                    | GSI3  |
 * | people by any word of their name, prefix | GSI3PK = NAME#<2 first letters>, GSI3SK begins_with    | GSI3  |
 * | duplicate guardians to review            | PK = DUPLICATES#guardians, SK begins_with ''           | table |
 *
 * A person's partition also holds planning's (`PROJECT#`) and sharing's (`FEED#`) items about the person, each
 * under the sort-key prefix its module declares.
 */
export const peopleKeyPrefixes = keyPrefixes('people', {
  partitions: [
    'PERSON#',
    'PROFILE#',
    'CLASS#',
    'CLASSES',
    'PEOPLE#',
    'RETIRED#',
    'NAME#',
    'GUARDIANSHIPS#',
    'TEACHING',
    'DUPLICATES#',
  ],
  sortKeys: { 'PERSON#': ['PERSON', 'CHILD#', 'GUARDIAN#', 'TEACHES#', 'CHANGE#', 'NAME#', 'GROUP#'] },
});

export const personKeys = {
  item: (personId: string) => ({ PK: `PERSON#${personId}`, SK: 'PERSON' }),
  partition: (personId: string) => `PERSON#${personId}`,
  child: (guardianId: string, studentId: string) => ({
    PK: `PERSON#${guardianId}`,
    SK: `CHILD#${studentId}`,
  }),
  guardian: (studentId: string, guardianId: string) => ({
    PK: `PERSON#${studentId}`,
    SK: `GUARDIAN#${guardianId}`,
  }),
  teaches: (teacherId: string, classId: string) => ({ PK: `PERSON#${teacherId}`, SK: `TEACHES#${classId}` }),
  change: (personId: string, at: string, changeId: string) => ({
    PK: `PERSON#${personId}`,
    SK: `CHANGE#${at}#${changeId}`,
  }),
  profileMember: (profile: string, personId: string) => ({
    PK: `PROFILE#${profile}`,
    SK: `PERSON#${personId}`,
  }),
  prefixes: {
    child: 'CHILD#',
    guardian: 'GUARDIAN#',
    teaches: 'TEACHES#',
    change: 'CHANGE#',
  },
  studentsOf: (classId: string) => ({ index: 'GSI1', partitionKey: `CLASS#${classId}#STUDENTS` }) as const,
  notActivated: () => ({ index: 'GSI2', partitionKey: 'PEOPLE#NOT-ACTIVATED' }) as const,
  /**
   * People by name, in one partition per initial: a name search reads one, an import's writes spread over 27.
   * Retired people have partitions of their own, read by imports only (a student who comes back).
   */
  byName: (initial: string, status: 'active' | 'retired' = 'active') =>
    ({ index: 'GSI3', partitionKey: `${status === 'active' ? 'PEOPLE' : 'RETIRED'}#${initial}` }) as const,
  nameInitials: [...'abcdefghijklmnopqrstuvwxyz', '_'],
  /**
   * Index attributes of a person: by name, in their class's register, among those without an account yet. A
   * retired person is only in the retired partitions by name.
   */
  indexAttributes: (person: {
    personId: string;
    sortName: string;
    classId?: string;
    activated: boolean;
    retired: boolean;
  }) => {
    const sortKey = `${person.sortName}#${person.personId}`;
    const initial = /^[a-z]/.test(person.sortName) ? person.sortName[0] : '_';
    if (person.retired) return { GSI3PK: `RETIRED#${initial}`, GSI3SK: sortKey };
    return {
      GSI3PK: `PEOPLE#${initial}`,
      GSI3SK: sortKey,
      ...(person.classId && { GSI1PK: `CLASS#${person.classId}#STUDENTS`, GSI1SK: sortKey }),
      ...(!person.activated && { GSI2PK: 'PEOPLE#NOT-ACTIVATED', GSI2SK: sortKey }),
    };
  },
};

/** The links between people and classes, indexed so that an import reads them all without a scan. */
export const linkKeys = {
  guardianshipShards: 10,
  guardianships: (shard: number) => ({ index: 'GSI2', partitionKey: `GUARDIANSHIPS#${shard}` }) as const,
  teaching: () => ({ index: 'GSI2', partitionKey: 'TEACHING' }) as const,
  /** A guardian's links spread over the shards by the guardian's id, so an import's writes do not queue on one. */
  guardianshipIndexAttributes: (guardianId: string, studentId: string) => ({
    GSI2PK: `GUARDIANSHIPS#${[...guardianId].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 10}`,
    GSI2SK: `${guardianId}#${studentId}`,
  }),
  teachingIndexAttributes: (teacherId: string, classId: string) => ({
    GSI2PK: 'TEACHING',
    GSI2SK: `${teacherId}#${classId}`,
  }),
};

export const classKeys = {
  item: (classId: string) => ({ PK: `CLASS#${classId}`, SK: 'CLASS' }),
  all: () => ({ index: 'GSI1', partitionKey: 'CLASSES' }) as const,
  indexAttributes: (schoolClass: { level: string; label: string; classId: string }) => ({
    GSI1PK: 'CLASSES',
    GSI1SK: `${schoolClass.level}#${schoolClass.label}#${schoolClass.classId}`,
  }),
};

export const duplicateKeys = {
  guardians: () => ({ partitionKey: 'DUPLICATES#guardians' }),
  group: (groupKey: string) => ({ PK: 'DUPLICATES#guardians', SK: groupKey }),
};

/**
 * The directory's look-up items, written and removed with the person (see `person-item.ts`): one item per word of
 * the name (folded: no accents, case, apostrophes or hyphens), found by prefix in a partition per two first
 * letters; one item per group the person is a member of, in the group's roster next to a division's students.
 */
export const directoryIndexKeys = {
  nameWord: (personId: string, word: string) => ({ PK: `PERSON#${personId}`, SK: `NAME#${word}` }),
  nameWordIndexAttributes: (word: string, personId: string) => ({
    GSI3PK: `NAME#${word.slice(0, 2)}`,
    GSI3SK: `${word}#${personId}`,
  }),
  /** The partition where words starting with `prefix` (at least 2 letters) are. */
  byNameWord: (prefix: string) => ({ index: 'GSI3', partitionKey: `NAME#${prefix.slice(0, 2)}` }) as const,
  groupMember: (personId: string, groupId: string) => ({ PK: `PERSON#${personId}`, SK: `GROUP#${groupId}` }),
  /** In the same partition as a division's students (`personKeys.studentsOf`), sorted by name the same way. */
  groupMemberIndexAttributes: (groupId: string, sortName: string, personId: string) => ({
    GSI1PK: `CLASS#${groupId}#STUDENTS`,
    GSI1SK: `${sortName}#${personId}`,
  }),
};
