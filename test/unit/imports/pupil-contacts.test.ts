import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { Profile } from '#domain/identity/profile';
import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Person } from '#domain/people/person';
import { readPerson } from '#domain/people/read-person';

const pupil: Person = {
  personId: 'p-lou',
  firstName: 'Lou',
  lastName: 'Le Gall',
  profiles: ['student'],
  classId: '5a',
  contacts: [
    {
      sourceId: 'siecle:personne:7003',
      firstName: 'Anne-Marie',
      lastName: 'Le Gall',
      relationship: '30',
      phones: [{ kind: 'mobile', number: '06 98 76 54 32' }],
    },
  ],
  version: 3,
};

/** The pupil, their mother and their teacher, as the directory holds them. */
const directory: DirectoryReader = {
  person: async (personId) => (personId === pupil.personId ? pupil : undefined),
  people: async () => [],
  childrenOf: async () => [],
  guardiansOf: async () => [],
  classesTaughtBy: async () => [],
  schoolClass: async () => undefined,
  schoolClasses: async () => [],
  studentsOf: async () => [],
  isGuardianOf: async (guardianId, studentId) => guardianId === 'p-mother' && studentId === pupil.personId,
  teachesClass: async () => false,
  teachesStudent: async (teacherId, studentId) => teacherId === 'p-teacher' && studentId === pupil.personId,
  classesOf: async () => [],
};

const actor = (personId: string, profiles: Profile[]): Actor => ({
  personId,
  username: personId,
  firstName: 'Test',
  lastName: 'Reader',
  profiles,
});

describe('a pupil’s other contacts on their sheet', () => {
  it('are read by staff, planners and school administrators', async () => {
    for (const profile of ['staff', 'planner', 'school-admin'] as const) {
      const sheet = await readPerson(actor(`p-${profile}`, [profile]), pupil.personId, directory);
      expect(sheet, profile).toHaveProperty('contacts', pupil.contacts);
    }
  });

  it('are not shown to the guardian, the teacher or the pupil, who still read the sheet', async () => {
    const readers = [
      actor('p-mother', ['guardian']),
      actor('p-teacher', ['teacher']),
      actor(pupil.personId, ['student']),
    ];
    for (const reader of readers) {
      const sheet = await readPerson(reader, pupil.personId, directory);
      expect(sheet.firstName, reader.personId).toBe('Lou');
      expect(sheet, reader.personId).not.toHaveProperty('contacts');
    }
  });
});
