import type { Activity } from '#domain/planning/activity';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import { demoPlaces } from '#infra/local/seed/places/demo-places';
import { demoYear } from '#infra/local/seed/planning/seed-demo-planning';
import { startDemoYearSchool } from './demo-year-school';
import { writeFigures } from './figures';

const runs = 20;

/**
 * The demo conservatoire with its school year planned (200 places, 111 weekly and one-off activities, some 3,300
 * occurrences), in DynamoDB Local: DynamoDB calls and time of what planners and everyone do most. Targets: a
 * conflict check in at most 3 calls; a free-place search over all places under 100 ms.
 */
export const benchPlanning = async () => {
  const demo = await startDemoYearSchool('bench-planning');
  const { school } = demo;
  try {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { planningPorts: ports } = await import('#functions/planning/adapters/planning-ports');
    const { conflictsOf } = await import('#domain/planning/commit-planning-change');
    const { readAgenda } = await import('#domain/planning/read-agenda');
    const { freePlaces } = await import('#domain/planning/free-places');
    const { placesDay } = await import('#domain/planning/places-day');

    let calls = 0;
    documentClient.middlewareStack.add(
      (next) => async (args) => {
        calls += 1;
        return next(args);
      },
      { step: 'initialize', name: 'countCalls' },
    );
    const measure = async (work: () => Promise<unknown>) => {
      await work();
      const started = performance.now();
      calls = 0;
      for (let run = 0; run < runs; run += 1) await work();
      return {
        'DynamoDB calls': calls / runs,
        'ms (mean of 20)': ((performance.now() - started) / runs).toFixed(1),
      };
    };

    const year = demoYear(school);
    const course = year.activities.find((activity) => activity.classIds.length > 0) as Activity;
    const teacher = course.personIds[0] as string;
    const hall = demoPlaces().find((place) => place.kind === 'concert-hall')?.id as string;
    // A new weekly course of the whole year on the same room, teacher and class: every Tuesday is read.
    const candidate = agendaEntriesOf(
      { ...course, id: 'candidate' },
      'course',
      year.calendar,
      school.timeZone,
    );
    const labelOf = (resource: { id: string }) => resource.id;
    const week = { from: '2026-11-23', to: '2026-11-29' };
    const figures = {
      'conflict check, a weekly course of the year': await measure(() =>
        conflictsOf(candidate, ports.planning, labelOf),
      ),
      'conflict check, one occurrence': await measure(() =>
        conflictsOf(candidate.slice(10, 11), ports.planning, labelOf),
      ),
      "a place's week": await measure(() => readAgenda({ kind: 'place', id: hall }, week, ports)),
      "a teacher's week": await measure(() => readAgenda({ kind: 'person', id: teacher }, week, ports)),
      "a student's week (with their class)": await measure(() =>
        readAgenda({ kind: 'person', id: 'student' }, week, ports, { classId: course.classIds[0] }),
      ),
      'free places, all 200 places': await measure(() =>
        freePlaces(
          { date: '2026-11-24', start: '14:00', end: '16:00', capacity: 12, equipment: 'grand-piano' },
          ports,
        ),
      ),
      'general planning of a day, all places': await measure(() => placesDay({ date: '2026-11-24' }, ports)),
    };
    console.log(
      `\nPlanning: the demo conservatoire's year (${year.activities.length} activities), DynamoDB Local`,
    );
    console.table(figures);
    const check = figures['conflict check, a weekly course of the year'];
    const free = figures['free places, all 200 places'];
    console.log(
      `Conflict check ${check['DynamoDB calls']} calls (target: at most 3); free-place search ` +
        `${free['ms (mean of 20)']} ms (target: under 100 ms)`,
    );
    const targets: Record<string, { calls?: string; ms?: string }> = {
      'conflict check, a weekly course of the year': { calls: '<= 3' },
      'free places, all 200 places': { ms: '< 100' },
    };
    await writeFigures(
      'planning',
      Object.entries(figures).flatMap(([figure, measured]) => [
        {
          figure: `${figure}: DynamoDB calls`,
          value: measured['DynamoDB calls'],
          unit: 'calls',
          target: targets[figure]?.calls ?? null,
        },
        {
          figure: `${figure}: time`,
          value: Number(measured['ms (mean of 20)']),
          unit: 'ms',
          target: targets[figure]?.ms ?? null,
        },
      ]),
    );
  } finally {
    await demo.stop();
  }
};
