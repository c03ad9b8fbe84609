import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import type { Profile } from '#domain/identity/profile';
import { AccessDeniedError } from '#domain/shared/errors';

/** A family and a class: Marie is the guardian of Léo (6e A), taught by M. Roux, who is also the father of Zoé. */
const relations: Relations = {
  isGuardianOf: async (guardianId, studentId) =>
    (guardianId === 'marie' && studentId === 'leo') || (guardianId === 'roux' && studentId === 'zoe'),
  teachesClass: async (teacherId, classId) => teacherId === 'roux' && classId === '6a',
  teachesStudent: async (teacherId, studentId) => teacherId === 'roux' && studentId === 'leo',
  classesOf: async (personId) => (personId === 'leo' ? ['6a'] : []),
};

const actor = (personId: string, ...profiles: Profile[]): Actor => ({
  personId,
  username: personId,
  firstName: personId,
  lastName: 'Test',
  profiles,
});

const outcome = async (
  who: Actor,
  ...args: Parameters<typeof authorize> extends [Actor, ...infer Rest] ? Rest : never
) => {
  try {
    await authorize(who, ...args);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return error.hidesExistence ? 'not found' : 'forbidden';
  }
};

const person = (personId: string) => ({ kind: 'person', personId }) as const;

describe('the rights table', () => {
  it('lets a student read their own record and nobody else’s', async () => {
    const leo = actor('leo', 'student');
    expect(await outcome(leo, 'people:read', person('leo'), relations)).toBe('allowed');
    expect(await outcome(leo, 'people:read', person('zoe'), relations)).toBe('not found');
  });

  it('lets a guardian read their own children only, and answers "not found" for the others', async () => {
    const marie = actor('marie', 'guardian');
    expect(await outcome(marie, 'people:read', person('leo'), relations)).toBe('allowed');
    expect(await outcome(marie, 'people:read', person('zoe'), relations)).toBe('not found');
  });

  it('lets a teacher read the students of their classes and the class itself', async () => {
    const roux = actor('roux', 'teacher');
    expect(await outcome(roux, 'people:read', person('leo'), relations)).toBe('allowed');
    expect(await outcome(roux, 'classes:read', { kind: 'class', classId: '6a' }, relations)).toBe('allowed');
    expect(await outcome(roux, 'classes:read', { kind: 'class', classId: '5b' }, relations)).toBe(
      'not found',
    );
  });

  it('adds up the rights of every profile a person holds: a teacher who is also a parent', async () => {
    const teacherOnly = actor('roux', 'teacher');
    const teacherAndParent = actor('roux', 'teacher', 'guardian');
    expect(await outcome(teacherOnly, 'people:read', person('zoe'), relations)).toBe('not found');
    expect(await outcome(teacherAndParent, 'people:read', person('zoe'), relations)).toBe('allowed');
  });

  it('answers "forbidden" where existence is no secret: changing places', async () => {
    expect(await outcome(actor('leo', 'student'), 'places:write', { kind: 'school' }, relations)).toBe(
      'forbidden',
    );
    expect(await outcome(actor('p', 'planner'), 'places:write', { kind: 'school' }, relations)).toBe(
      'allowed',
    );
  });

  it("lets the authority's administrator issue codes to school administrators only, and read no pupil", async () => {
    const authority = actor('a', 'authority-admin');
    const admins = { kind: 'accounts', concerns: 'school-admins' } as const;
    const anyone = { kind: 'accounts', concerns: 'anyone' } as const;
    expect(await outcome(authority, 'accounts:issue-codes', admins, relations)).toBe('allowed');
    expect(await outcome(authority, 'accounts:issue-codes', anyone, relations)).toBe('forbidden');
    expect(await outcome(authority, 'people:read', person('leo'), relations)).toBe('not found');
  });

  it('asks the directory nothing when a profile holds the right for every resource', async () => {
    const asked: string[] = [];
    const spying: Relations = {
      isGuardianOf: async () => {
        asked.push('guardian');
        return false;
      },
      teachesClass: async () => {
        asked.push('class');
        return false;
      },
      teachesStudent: async () => {
        asked.push('student');
        return false;
      },
      classesOf: async () => {
        asked.push('classes');
        return [];
      },
    };
    expect(await outcome(actor('s', 'staff'), 'people:read', person('leo'), spying)).toBe('allowed');
    expect(asked).toEqual([]);
  });

  it('says who was refused what, for the denial log', async () => {
    const denial = await authorize(actor('leo', 'student'), 'people:read', person('zoe'), relations).catch(
      (e) => e,
    );
    expect(denial).toMatchObject({ actorId: 'leo', action: 'people:read', resource: 'person zoe' });
  });

  it('lets a student read the projects they take part in, in person or through their class, and no other', async () => {
    const project = (memberIds: string[], classIds: string[]) =>
      ({ kind: 'project', projectId: 'figaro', memberIds, classIds }) as const;
    const leo = actor('leo', 'student');
    expect(await outcome(leo, 'projects:read', project(['leo'], []), relations)).toBe('allowed');
    expect(await outcome(leo, 'projects:read', project([], ['6a']), relations)).toBe('allowed');
    expect(await outcome(leo, 'projects:read', project(['zoe'], ['5b']), relations)).toBe('not found');
    expect(await outcome(actor('roux', 'teacher'), 'projects:read', project([], []), relations)).toBe(
      'allowed',
    );
  });
});
