import { describe, expect, it } from 'vitest';
import type { Person } from '#domain/people/person';
import type { Place } from '#domain/places/place';
import { moveActivity } from '#domain/planning/move-activity';
import { PlanningConflictError } from '#domain/planning/planning-errors';
import type { NewActivity } from '#domain/planning/planning-input';
import type { Project } from '#domain/planning/project';
import { readAgenda } from '#domain/planning/read-agenda';
import { scheduleActivity } from '#domain/planning/schedule-activity';
import { inMemoryPlanningPorts } from '../../support/in-memory-planning';

const place = (id: string, name: string): Place => ({
  id,
  name,
  kind: 'rehearsal-room',
  capacity: 30,
  equipment: [],
  site: 'Conservatoire',
  bookable: false,
  status: 'active',
  version: 1,
  createdAt: '2026-08-01T08:00:00.000Z',
  updatedAt: '2026-08-01T08:00:00.000Z',
});

const teacher: Person = {
  personId: 'teacher-1',
  firstName: 'Claire',
  lastName: 'Fontaine',
  profiles: ['teacher'],
  version: 1,
};

const project = (id: string, name: string): Project => ({
  id,
  kind: 'production',
  name,
  description: '',
  status: 'confirmed',
  members: [],
  classIds: [],
  documents: [],
  createdAt: '2026-08-01T08:00:00.000Z',
  updatedAt: '2026-08-01T08:00:00.000Z',
  version: 1,
});

/** A rehearsal on Monday 14 September 2026 in the auditorium, as a planner would enter it. */
const rehearsal = (overrides: Partial<NewActivity> = {}): NewActivity => ({
  title: 'Répétition',
  schedule: { kind: 'once', date: '2026-09-14', start: '14:00', end: '16:00' },
  placeIds: ['auditorium'],
  personIds: [],
  classIds: [],
  equipmentIds: [],
  acceptConflicts: false,
  ...overrides,
});

const planningWithTwoProjects = async () => {
  const planning = inMemoryPlanningPorts({
    places: [place('auditorium', 'Auditorium'), place('studio', 'Studio B')],
    people: [teacher],
  });
  await planning.ports.projects.add(project('figaro', 'Les Noces de Figaro'), []);
  await planning.ports.projects.add(project('carmen', 'Carmen'), []);
  return planning;
};

describe('planning use cases through in-memory ports', () => {
  it('schedules an activity: it shows in the place’s planning, announced by its event', async () => {
    const { ports, published } = await planningWithTwoProjects();

    const { activity, occurrences } = await scheduleActivity('figaro', rehearsal(), ports);

    expect(occurrences).toBe(1);
    const agenda = await readAgenda(
      { kind: 'place', id: 'auditorium' },
      { from: '2026-09-14', to: '2026-09-14' },
      ports,
    );
    expect(agenda.flatMap((day) => day.items.map((item) => [item.title, item.start, item.end]))).toEqual([
      ['Répétition', '14:00', '16:00'],
    ]);
    expect(published.map((event) => event.detailType)).toEqual(['ActivityScheduled']);
    expect(published[0]?.detail).toMatchObject({ data: { activityId: activity.id } });
  });

  it('refuses an activity overlapping another in the same room, naming the conflict, and stores nothing', async () => {
    const { ports, published } = await planningWithTwoProjects();
    await scheduleActivity('figaro', rehearsal(), ports);

    const overlapping = scheduleActivity(
      'carmen',
      rehearsal({
        title: 'Filage',
        schedule: { kind: 'once', date: '2026-09-14', start: '15:00', end: '17:00' },
      }),
      ports,
    );

    const error = await overlapping.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlanningConflictError);
    expect((error as PlanningConflictError).conflicts).toEqual([
      expect.objectContaining({
        resource: { kind: 'place', id: 'auditorium', label: 'Auditorium' },
        title: 'Répétition',
      }),
    ]);
    const agenda = await ports.planning.agenda(
      { kind: 'place', id: 'auditorium' },
      '2026-09-14',
      '2026-09-14',
    );
    expect(agenda.map((entry) => entry.title)).toEqual(['Répétition']);
    expect(published).toHaveLength(1);
  });

  it('lets an activity start when the other ends, and keeps an overlap the planner accepts', async () => {
    const { ports } = await planningWithTwoProjects();
    await scheduleActivity('figaro', rehearsal(), ports);

    await scheduleActivity(
      'carmen',
      rehearsal({ schedule: { kind: 'once', date: '2026-09-14', start: '16:00', end: '17:00' } }),
      ports,
    );
    await scheduleActivity(
      'carmen',
      rehearsal({
        title: 'Raccord',
        schedule: { kind: 'once', date: '2026-09-14', start: '15:30', end: '16:30' },
        acceptConflicts: true,
      }),
      ports,
    );

    const agenda = await ports.planning.agenda(
      { kind: 'place', id: 'auditorium' },
      '2026-09-14',
      '2026-09-14',
    );
    expect(agenda.map((entry) => `${entry.start}–${entry.end}`)).toEqual([
      '14:00–16:00',
      '15:30–16:30',
      '16:00–17:00',
    ]);
  });

  it('of two planners saving overlapping activities at once, refuses the second with the conflict', async () => {
    const { ports } = await planningWithTwoProjects();

    const results = await Promise.allSettled([
      scheduleActivity('figaro', rehearsal({ personIds: ['teacher-1'] }), ports),
      scheduleActivity(
        'carmen',
        rehearsal({
          placeIds: ['studio'],
          personIds: ['teacher-1'],
          schedule: { kind: 'once', date: '2026-09-14', start: '15:00', end: '16:00' },
        }),
        ports,
      ),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(PlanningConflictError);
    const teacherDay = await ports.planning.agenda(
      { kind: 'person', id: 'teacher-1' },
      '2026-09-14',
      '2026-09-14',
    );
    expect(teacherDay).toHaveLength(1);
  });

  it('moves an activity within its own slot, and refuses a move onto another activity', async () => {
    const { ports } = await planningWithTwoProjects();
    const { activity } = await scheduleActivity('figaro', rehearsal(), ports);
    await scheduleActivity(
      'carmen',
      rehearsal({ schedule: { kind: 'once', date: '2026-09-14', start: '17:00', end: '18:00' } }),
      ports,
    );

    await moveActivity(
      activity.id,
      {
        seriesDate: '2026-09-14',
        scope: 'one',
        to: { date: '2026-09-14', start: '14:30', end: '16:30' },
        acceptConflicts: false,
      },
      undefined,
      ports,
    );
    const ontoCarmen = moveActivity(
      activity.id,
      {
        seriesDate: '2026-09-14',
        scope: 'one',
        to: { date: '2026-09-14', start: '16:30', end: '17:30' },
        acceptConflicts: false,
      },
      undefined,
      ports,
    );

    await expect(ontoCarmen).rejects.toBeInstanceOf(PlanningConflictError);
    const agenda = await ports.planning.agenda(
      { kind: 'place', id: 'auditorium' },
      '2026-09-14',
      '2026-09-14',
    );
    expect(agenda.map((entry) => `${entry.start}–${entry.end}`)).toEqual(['14:30–16:30', '17:00–18:00']);
  });
});
