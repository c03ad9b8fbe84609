import { describe, expect, it } from 'vitest';
import type { Person } from '#domain/people/person';
import type { Place } from '#domain/places/place';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { dayConflicts } from '#domain/planning/day-conflicts';
import { placesDay } from '#domain/planning/places-day';
import { planningConflicts } from '#domain/planning/planning-conflict';
import { PlanningConflictError } from '#domain/planning/planning-errors';
import type { NewActivity } from '#domain/planning/planning-input';
import type { Project } from '#domain/planning/project';
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

/** An activity on Monday 14 September 2026, as a planner would enter it. */
const activity = (
  title: string,
  start: string,
  end: string,
  overrides: Partial<NewActivity> = {},
): NewActivity => ({
  title,
  schedule: { kind: 'once', date: '2026-09-14', start, end },
  placeIds: ['auditorium'],
  personIds: [],
  classIds: [],
  equipmentIds: [],
  acceptConflicts: false,
  ...overrides,
});

const school = async () => {
  const planning = inMemoryPlanningPorts({
    places: [place('auditorium', 'Auditorium'), place('studio', 'Studio B'), place('hall', 'Grande salle')],
    people: [teacher],
  });
  await planning.ports.projects.add(project('figaro', 'Les Noces de Figaro'), []);
  await planning.ports.projects.add(project('carmen', 'Carmen'), []);
  return planning;
};

describe('conflicts of a day', () => {
  it('marks on the day of places a teacher saved over in two rooms at once, in both rooms', async () => {
    const { ports } = await school();
    await scheduleActivity(
      'figaro',
      activity('Répétition', '14:00', '16:00', { personIds: ['teacher-1'] }),
      ports,
    );
    const refused = await scheduleActivity(
      'carmen',
      activity('Filage', '15:00', '17:00', { placeIds: ['studio'], personIds: ['teacher-1'] }),
      ports,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlanningConflictError);
    await scheduleActivity(
      'carmen',
      activity('Filage', '15:00', '17:00', {
        placeIds: ['studio'],
        personIds: ['teacher-1'],
        acceptConflicts: true,
      }),
      ports,
    );

    const day = await placesDay({ date: '2026-09-14' }, ports);

    const byPlace = Object.fromEntries(
      day.places.map(({ place, items }) => [
        place.name,
        items.map((item) => [item.title, item.conflictsWith.length > 0]),
      ]),
    );
    expect(byPlace).toEqual({
      Auditorium: [['Répétition', true]],
      'Studio B': [['Filage', true]],
      'Grande salle': [],
    });
  });

  it('does not mark activities that only share the same hours', async () => {
    const { ports } = await school();
    await scheduleActivity('figaro', activity('Répétition', '14:00', '16:00'), ports);
    await scheduleActivity('carmen', activity('Filage', '14:00', '16:00', { placeIds: ['studio'] }), ports);

    const day = await placesDay({ date: '2026-09-14' }, ports);

    expect(day.places.flatMap(({ items }) => items.filter((item) => item.conflictsWith.length > 0))).toEqual(
      [],
    );
    expect((await dayConflicts('2026-09-14', ports)).items).toEqual([]);
  });

  it('lists the day’s conflicts by start time, then by place, whatever order they were saved in', async () => {
    const { ports } = await school();
    const accepted = { acceptConflicts: true };
    // Saved late-first: the evening clash in the studio, then two morning clashes in two rooms.
    await scheduleActivity('figaro', activity('Raccord', '18:00', '19:00', { placeIds: ['studio'] }), ports);
    await scheduleActivity(
      'carmen',
      activity('Filage', '18:30', '19:30', { placeIds: ['studio'], ...accepted }),
      ports,
    );
    await scheduleActivity('figaro', activity('Chœur', '10:00', '11:00', { placeIds: ['hall'] }), ports);
    await scheduleActivity(
      'carmen',
      activity('Orchestre', '10:00', '12:00', { placeIds: ['hall'], ...accepted }),
      ports,
    );
    await scheduleActivity(
      'figaro',
      activity('Solistes', '10:00', '11:00', { placeIds: ['auditorium'] }),
      ports,
    );
    await scheduleActivity(
      'carmen',
      activity('Danse', '10:30', '11:30', { placeIds: ['auditorium'], ...accepted }),
      ports,
    );

    const { items } = await dayConflicts('2026-09-14', ports);

    expect(items.map((item) => `${item.start} ${item.title}`)).toEqual([
      '10:00 Solistes', // Auditorium
      '10:00 Chœur', // Grande salle
      '10:00 Orchestre', // Grande salle, ends later
      '10:30 Danse',
      '18:00 Raccord',
      '18:30 Filage',
    ]);
  });
});

describe('conflicts an activity would meet', () => {
  const entry = (
    activityId: string,
    start: string,
    end: string,
    placeIds: string[],
    personIds: string[] = [],
  ) =>
    ({
      activityId,
      projectId: 'p',
      projectKind: 'course',
      title: activityId,
      seriesDate: '2026-09-14',
      date: '2026-09-14',
      start,
      end,
      startsAt: `2026-09-14T${start}:00.000Z`,
      endsAt: `2026-09-14T${end}:00.000Z`,
      moved: false,
      placeIds,
      personIds,
      classIds: [],
      equipmentIds: [],
    }) satisfies AgendaEntry;

  it('are listed by start time, then the place before the people, whatever order the days were read in', () => {
    const candidate = entry('new', '09:00', '12:00', ['studio', 'auditorium'], ['teacher-1']);
    const planned = new Map([
      ['person#teacher-1#2026-09-14', [entry('Cours du soir', '11:00', '11:30', [], ['teacher-1'])]],
      ['place#studio#2026-09-14', [entry('Solfège', '10:00', '11:00', ['studio'])]],
      ['place#auditorium#2026-09-14', [entry('Chorale', '10:00', '10:30', ['auditorium'])]],
    ]);
    const labels: Record<string, string> = {
      studio: 'Studio B',
      auditorium: 'Auditorium',
      'teacher-1': 'Claire Fontaine',
    };

    const conflicts = planningConflicts([candidate], planned, ({ id }) => labels[id] ?? id);

    expect(conflicts.map(({ start, resource }) => `${start} ${resource.label}`)).toEqual([
      '10:00 Auditorium',
      '10:00 Studio B',
      '11:00 Claire Fontaine',
    ]);
  });
});
