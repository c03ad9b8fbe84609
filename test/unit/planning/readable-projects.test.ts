import { describe, expect, it } from 'vitest';
import { readableProjects } from '#domain/planning/readable-projects';

const projects = [
  { id: 'own', members: [{ personId: 'ines', role: 'soloist' }], classIds: [] },
  { id: 'class-course', members: [{ personId: 'prof', role: 'teacher' }], classIds: ['6A'] },
  { id: 'group-course', members: [] as { personId: string; role: string }[], classIds: ['choir'] },
  { id: 'other', members: [{ personId: 'hugo', role: 'cast' }], classIds: ['5B'] },
];
const relations = { classesOf: async (personId: string) => (personId === 'ines' ? ['6A', 'choir'] : []) };
const ids = (list: { id: string }[]) => list.map(({ id }) => id);

describe('the projects a list shows its reader', () => {
  it('shows a student the projects they take part in, in person or through their class or group', async () => {
    const shown = await readableProjects({ personId: 'ines', profiles: ['student'] }, projects, relations);
    expect(ids(shown)).toEqual(['own', 'class-course', 'group-course']);
  });

  it('shows every project to those who read them all', async () => {
    for (const profile of ['teacher', 'staff', 'planner', 'school-admin'] as const) {
      const shown = await readableProjects({ personId: 'x', profiles: [profile] }, projects, relations);
      expect(ids(shown)).toEqual(ids(projects));
    }
  });

  it('shows none to those who may open none', async () => {
    for (const profile of ['guardian', 'authority-admin'] as const) {
      expect(await readableProjects({ personId: 'x', profiles: [profile] }, projects, relations)).toEqual([]);
    }
  });
});
