import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { PersonVisibility } from '#domain/identity/person-visibility';
import type { Profile } from '#domain/identity/profile';
import { sharedEvents } from '#domain/messaging/group-documents';
import { GroupFullError } from '#domain/messaging/group-errors';
import type { WorkGroupPorts } from '#domain/messaging/group-ports';
import { mayAdd, mayCreateGroups } from '#domain/messaging/group-rules';
import { groupView } from '#domain/messaging/group-view';
import {
  type GroupDocument,
  type GroupMember,
  type GroupSpace,
  maxGroupMembers,
  type WorkGroup,
} from '#domain/messaging/work-group';
import { addGroupMembers, createWorkGroup, removeGroupMember } from '#domain/messaging/work-groups';
import type { Person } from '#domain/people/person';

const person = (personId: string, profiles: Profile[], extra: Partial<Person> = {}): Person => ({
  personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
  version: 1,
  ...extra,
});
const actorOf = (personId: string, profiles: Profile[]): Actor => ({
  personId,
  username: personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
});

const pupil6A = person('pupil-6a', ['student'], { classId: '6a' });
const pupil5B = person('pupil-5b', ['student'], { classId: '5b' });
const guardian = person('guardian', ['guardian']);
const colleague = person('colleague', ['teacher']);
const leaver = person('leaver', ['teacher'], { status: 'retired' });

describe('who may create a work group', () => {
  it.each([
    ['teacher', true],
    ['staff', true],
    ['school-admin', true],
    ['student', false],
    ['guardian', false],
    ['planner', false],
    ['authority-admin', false],
  ] as [Profile, boolean][])('%s: %s', (profile, may) => {
    expect(mayCreateGroups({ profiles: [profile] })).toBe(may);
  });
});

describe('whom a manager may add', () => {
  const taught = new Set(['6a']);
  const cases: [string, Profile[], Person, boolean][] = [
    ['a teacher adds a pupil of a class they teach', ['teacher'], pupil6A, true],
    ['a teacher does not add a pupil of a class they do not teach', ['teacher'], pupil5B, false],
    ['a teacher adds a colleague', ['teacher'], colleague, true],
    ['a teacher adds a guardian (a parent at the class council)', ['teacher'], guardian, true],
    ['staff add any pupil', ['staff'], pupil5B, true],
    ['an administrator adds any pupil', ['school-admin'], pupil5B, true],
    ['nobody adds a retired person', ['staff'], leaver, false],
    ['a teacher who is also a parent still adds only their pupils', ['teacher', 'guardian'], pupil5B, false],
  ];
  it.each(cases)('%s', (_case, profiles, candidate, may) => {
    expect(mayAdd({ profiles }, candidate, taught)).toBe(may);
  });
});

/** A store in memory, holding the cap as the table does: a count checked at the write. */
const inMemoryPorts = (people: Person[], taughtBy: Record<string, string[]> = {}) => {
  const spaces = new Map<string, GroupSpace>();
  let ids = 0;
  const ports: WorkGroupPorts = {
    groups: {
      space: async (groupId) => structuredClone(spaces.get(groupId)),
      groupsOf: async (personId) =>
        [...spaces.values()].flatMap((space) =>
          space.members
            .filter((member) => member.personId === personId)
            .map((member) => ({
              groupId: space.group.id,
              name: space.group.name,
              kind: space.group.kind,
              role: member.role,
            })),
        ),
      create: async (group, members) => {
        spaces.set(group.id, {
          group: structuredClone(group),
          members: [...members],
          documents: [],
          topics: [],
        });
      },
      addMembers: async (group: WorkGroup, members: readonly GroupMember[]) => {
        const space = spaces.get(group.id) as GroupSpace;
        if (space.group.memberCount + members.length > maxGroupMembers)
          throw new GroupFullError(group.id, maxGroupMembers - space.group.memberCount);
        space.members.push(...members);
        space.group.memberCount += members.length;
      },
      removeMember: async (group, personId) => {
        const space = spaces.get(group.id) as GroupSpace;
        space.members = space.members.filter((member) => member.personId !== personId);
        space.group.memberCount -= 1;
      },
      putDocument: async () => undefined,
      shareDocument: async () => undefined,
      removeDocument: async () => undefined,
      addTopic: async () => undefined,
      addPost: async () => undefined,
      posts: async () => [],
      setMiniSite: async () => undefined,
    },
    files: {
      uploadForm: async () => ({ url: 'http://bucket', fields: {}, expiresAt: '' }),
      uploaded: async () => undefined,
      keep: async () => undefined,
      downloadUrl: async () => 'http://bucket/file',
      remove: async () => undefined,
    },
    directory: {
      people: async (personIds) => people.filter((candidate) => personIds.includes(candidate.personId)),
      classesTaughtBy: async (teacherId) => taughtBy[teacherId] ?? [],
      byNameWord: async () => [],
    },
    visibility: async (actor): Promise<PersonVisibility> => ({
      // As `planning:read-person`: a student sees themself and the adults.
      sees: (personId) =>
        !actor.profiles.includes('student') ||
        personId === actor.personId ||
        !people.find((candidate) => candidate.personId === personId)?.profiles.includes('student'),
      names: () => false,
    }),
    site: { putMiniSite: async () => undefined, removeMiniSite: async () => undefined },
    clock: { now: () => new Date('2026-12-07T08:00:00Z') },
    newId: () => `id-${++ids}`,
    newToken: () => `token-${++ids}`,
    school: { schoolId: 'test', name: 'Collège de test', timeZone: 'Europe/Paris', locale: 'fr-FR' },
  };
  return ports;
};

describe('creating a group and adding members', () => {
  const teacher = actorOf('teacher', ['teacher']);
  const everyone = [pupil6A, pupil5B, guardian, colleague, person('teacher', ['teacher'])];

  it('makes the creator a manager, and refuses a pupil they do not teach as an unknown id', async () => {
    const ports = inMemoryPorts(everyone, { teacher: ['6a'] });
    const created = await createWorkGroup(
      {
        name: 'Conseil de 6e A',
        description: '',
        kind: 'class-council',
        memberIds: [pupil6A.personId, guardian.personId],
        managerIds: [colleague.personId],
      },
      teacher,
      ports,
    );
    expect(created.members.map(({ personId, role }) => [personId, role])).toEqual([
      ['teacher', 'manager'],
      ['colleague', 'manager'],
      ['pupil-6a', 'member'],
      ['guardian', 'member'],
    ]);
    expect(created.group.memberCount).toBe(4);
    await expect(
      addGroupMembers(created.group.id, { personIds: [pupil5B.personId], role: 'member' }, teacher, ports),
    ).rejects.toMatchObject({ problems: [{ field: 'personIds', code: 'unknown_id' }] });
  });

  it('refuses a student creating a group, and a member who is not a manager adding people', async () => {
    const ports = inMemoryPorts(everyone, { teacher: ['6a'] });
    await expect(
      createWorkGroup(
        { name: 'x', description: '', kind: 'other', memberIds: [], managerIds: [] },
        actorOf('pupil-6a', ['student']),
        ports,
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedError' });
    const created = await createWorkGroup(
      {
        name: 'Équipe',
        description: '',
        kind: 'teaching-team',
        memberIds: [colleague.personId],
        managerIds: [],
      },
      teacher,
      ports,
    );
    await expect(
      addGroupMembers(
        created.group.id,
        { personIds: [guardian.personId], role: 'member' },
        actorOf('colleague', ['teacher']),
        ports,
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedError', hidesExistence: false });
    // Someone outside the group learns nothing of it.
    await expect(
      addGroupMembers(
        created.group.id,
        { personIds: [guardian.personId], role: 'member' },
        actorOf('guardian', ['guardian']),
        ports,
      ),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('keeps a last manager, and lets a member leave', async () => {
    const ports = inMemoryPorts(everyone);
    const created = await createWorkGroup(
      {
        name: 'Équipe',
        description: '',
        kind: 'teaching-team',
        memberIds: [colleague.personId],
        managerIds: [],
      },
      teacher,
      ports,
    );
    await expect(removeGroupMember(created.group.id, 'teacher', teacher, ports)).rejects.toMatchObject({
      code: 'last_manager',
    });
    await removeGroupMember(created.group.id, 'colleague', actorOf('colleague', ['teacher']), ports);
    expect((await ports.groups.space(created.group.id))?.group.memberCount).toBe(1);
  });

  it('names to a pupil only the people they may see', async () => {
    const ports = inMemoryPorts(everyone, { teacher: ['6a', '5b'] });
    const created = await createWorkGroup(
      {
        name: 'Atelier',
        description: '',
        kind: 'project',
        memberIds: [pupil6A.personId, pupil5B.personId],
        managerIds: [],
      },
      teacher,
      ports,
    );
    const seen = await groupView(created, actorOf('pupil-6a', ['student']), ports);
    expect(seen.members.map(({ personId }) => personId).sort()).toEqual(['pupil-6a', 'teacher']);
    expect(seen.unnamedMembers).toBe(1);
    expect(JSON.stringify(seen)).not.toContain('pupil-5b');
  });
});

describe('GroupDocumentShared', () => {
  it('tells every other member, at most 100 ids an event', () => {
    const members = Array.from({ length: 250 }, (_, index) => ({
      personId: `p${index}`,
      role: 'member' as const,
      addedBy: 'p0',
      addedAt: '',
    }));
    const document = {
      id: 'd',
      name: 'a.pdf',
      contentType: 'application/pdf',
      size: 3,
      uploadedBy: 'p0',
    } as GroupDocument;
    const space = {
      group: { id: 'g', name: 'Équipe' },
      members,
      documents: [],
      topics: [],
    } as unknown as GroupSpace;
    let ids = 0;
    const events = sharedEvents(space, document, {
      schoolId: 's',
      newId: () => `e${++ids}`,
      occurredAt: '2026-12-07T08:00:00.000Z',
    });
    const chunks = events.map((event) => (event.detail.data as { memberIds: string[] }).memberIds);
    expect(chunks.map((chunk) => chunk.length)).toEqual([100, 100, 49]);
    expect(new Set(chunks.flat()).size).toBe(249);
    expect(chunks.flat()).not.toContain('p0');
  });
});
