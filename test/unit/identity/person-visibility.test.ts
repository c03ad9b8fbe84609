import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import {
  personVisibility,
  publicVisibility,
  requireVisiblePerson,
  type VisibilityPorts,
} from '#domain/identity/person-visibility';
import type { Profile } from '#domain/identity/profile';
import type { Person } from '#domain/people/person';
import { visibleConflicts, visibleItems } from '#domain/planning/visible-planning';
import { AccessDeniedError } from '#domain/shared/errors';

/**
 * Léo (6e A) and Zoé (5e B) are pupils; Marie is Léo's mother; M. Roux teaches 6e A and is Zoé's father; Mme Petit
 * teaches piano to Zoé in her own lessons project; Inès (5e B) is nobody's to these adults.
 */
const person = (
  personId: string,
  firstName: string,
  lastName: string,
  profiles: Profile[],
  classId?: string,
) => ({ personId, firstName, lastName, profiles, classId, version: 1 }) as Person;
const people = [
  person('leo', 'Léo', 'Martin', ['student'], '6a'),
  person('zoe', 'Zoé', 'Roux', ['student'], '5b'),
  person('ines', 'Inès', 'Benali', ['student'], '5b'),
  person('marie', 'Marie', 'Martin', ['guardian']),
  person('roux', 'Paul', 'Roux', ['teacher', 'guardian']),
  person('petit', 'Anne', 'Petit', ['teacher']),
];

const portsCounting = () => {
  const calls: string[] = [];
  const ports: VisibilityPorts = {
    people: async (ids) => {
      calls.push('people');
      return people.filter(({ personId }) => ids.includes(personId));
    },
    childrenOf: async (guardianId) => {
      calls.push('childrenOf');
      return { marie: ['leo'], roux: ['zoe'] }[guardianId] ?? [];
    },
    classesTaughtBy: async (teacherId) => {
      calls.push('classesTaughtBy');
      return { roux: ['6a'] }[teacherId] ?? [];
    },
    projectsOf: async (personId) => {
      calls.push('projectsOf');
      return personId === 'petit' ? [{ id: 'piano' }] : [];
    },
    projects: async (ids) => {
      calls.push('projects');
      return ids.includes('piano') ? [{ members: [{ personId: 'petit' }, { personId: 'zoe' }] }] : [];
    },
  };
  return { ports, calls };
};

const actor = (personId: string): Actor => {
  const known = people.find((each) => each.personId === personId);
  return {
    personId,
    username: personId,
    firstName: known?.firstName ?? personId,
    lastName: known?.lastName ?? '',
    profiles: known?.profiles ?? (personId === 'planner' ? ['planner'] : []),
  };
};

const everyone = people.map(({ personId }) => personId);
const seen = async (who: string) => {
  const { ports } = portsCounting();
  const visibility = await personVisibility(actor(who), everyone, ports);
  return everyone.filter(visibility.sees);
};

describe('person visibility: whom a planning shows', () => {
  it('shows a pupil themself and the adults, no other pupil', async () => {
    expect(await seen('leo')).toEqual(['leo', 'marie', 'roux', 'petit']);
  });

  it('shows a guardian their children and the adults', async () => {
    expect(await seen('marie')).toEqual(['leo', 'marie', 'roux', 'petit']);
  });

  it('shows a teacher the pupils of their classes, of their projects, and their own children', async () => {
    expect(await seen('roux')).toEqual(['leo', 'zoe', 'marie', 'roux', 'petit']);
    expect(await seen('petit')).toEqual(['zoe', 'marie', 'roux', 'petit']);
  });

  it('shows planners everyone without reading anything', async () => {
    const { ports, calls } = portsCounting();
    const visibility = await personVisibility(actor('planner'), everyone, ports);
    expect(everyone.every(visibility.sees)).toBe(true);
    expect(calls).toEqual([]);
  });

  it('reads a whole answer in one batch of people and one read per relation, whatever its size', async () => {
    const { ports, calls } = portsCounting();
    await personVisibility(actor('roux'), [...everyone, ...everyone, ...everyone], ports);
    expect(calls.sort()).toEqual(['childrenOf', 'classesTaughtBy', 'people', 'projects', 'projectsOf']);
  });

  it('refuses the week of a person one may not see as if they did not exist', async () => {
    const { ports } = portsCounting();
    await expect(requireVisiblePerson(actor('leo'), 'ines', ports)).rejects.toSatisfy(
      (error) => error instanceof AccessDeniedError && error.hidesExistence,
    );
    await expect(requireVisiblePerson(actor('leo'), 'nobody', ports)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(requireVisiblePerson(actor('leo'), 'petit', ports)).resolves.toBeUndefined();
  });

  it('lets a public output name adults only, and the pupil of their own feed', async () => {
    const { ports } = portsCounting();
    const feed = await publicVisibility(everyone, ports);
    expect(everyone.filter(feed.sees)).toEqual(['marie', 'roux', 'petit']);
    const own = await publicVisibility(everyone, ports, 'leo');
    expect(everyone.filter(own.sees)).toEqual(['leo', 'marie', 'roux', 'petit']);
  });
});

describe('the redaction of planning answers', () => {
  it('removes the people one may not see, keeps the slot, and neutralises a title that names them', async () => {
    const { ports } = portsCounting();
    const visibility = await personVisibility(actor('leo'), everyone, ports);
    const items = visibleItems(
      [
        { title: 'Cours de piano', projectKind: 'course' as const, personIds: ['petit', 'zoe'] },
        { title: 'Audition d’Inès BENALI', projectKind: 'exam' as const, personIds: ['ines'] },
        { title: 'Cours particulier — Zoé Roux', projectKind: 'course' as const, personIds: ['zoe'] },
        { title: 'Répétition', projectKind: 'internal' as const, personIds: ['leo', 'ines'] },
      ],
      visibility,
    );
    expect(items).toEqual([
      { title: 'Cours de piano', projectKind: 'course', personIds: ['petit'] },
      { title: 'Occupé', projectKind: 'exam', personIds: [] },
      { title: 'Cours', projectKind: 'course', personIds: [] },
      { title: 'Répétition', projectKind: 'internal', personIds: ['leo'] },
    ]);
  });

  it('drops a conflict on a person one may not see, and keeps those on places', async () => {
    const { ports } = portsCounting();
    const visibility = await personVisibility(actor('leo'), everyone, ports);
    const conflicts = visibleConflicts(
      [
        { resource: { kind: 'person', id: 'ines', label: 'Inès Benali' }, title: 'Solfège' },
        { resource: { kind: 'place', id: 'salle-1', label: 'Salle 1' }, title: 'Solfège' },
        { resource: { kind: 'person', id: 'leo', label: 'Léo Martin' }, title: 'Solfège' },
      ],
      visibility,
    );
    expect(conflicts.map(({ resource }) => resource.id)).toEqual(['salle-1', 'leo']);
  });
});
