import type { Actor } from '#domain/identity/actor';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import type { StaffContract } from '#domain/time/contract';
import { requireEnv } from '#functions/lib/env';
import { put, writeRequests } from '#functions/lib/write-requests';
import { functionEnvironment } from '#infra/definitions/environment';
import { countingDynamoCalls } from './call-count';
import { startDemoYearSchool } from './demo-year-school';
import { type Figure, writeFigures } from './figures';

const runs = 20;
const teamSize = 40;
/** A Monday in winter (offset +01:00), far from the demo year's other data. */
const monday = '2027-01-11';

/**
 * The technical staff's time (issue 20), on DynamoDB Local through the functions' code: checking and saving a new
 * shift (the check's reads in one BatchGetItem, the save in one TransactWriteItems), and the week of a team of 40,
 * each with five shifts and some with breaches accepted by exception (a query of the week's shifts, a query of the
 * team, a BatchGetItem of their weeks).
 */
export const benchTime = async () => {
  const demo = await startDemoYearSchool('bench-time');
  try {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { contractsRecord } = await import('#functions/time/adapters/dynamo-time');
    const { timePorts } = await import('#functions/time/adapters/time-ports');
    const { planShift } = await import('#domain/time/plan-shift');
    const { readTeamWeek } = await import('#domain/time/read-team-week');
    const table = requireEnv(functionEnvironment.tableName);
    const planner: Actor = {
      personId: 'bench-planner',
      username: 'bench',
      firstName: 'Bench',
      lastName: 'Régie',
      profiles: ['planner'],
    };
    const people = Array.from(
      { length: teamSize },
      (_, index) => `bench-tech-${String(index).padStart(2, '0')}`,
    );
    const contractOf = (personId: string, index: number): StaffContract =>
      index % 5 === 4
        ? {
            personId,
            kind: 'intermittent',
            rulebookId: 'intermittent',
            skills: ['sound'],
            from: '2026-09-01',
            until: '2027-06-30',
            pay: 'hours',
          }
        : {
            personId,
            kind: 'public-local',
            rulebookId: 'public-service',
            weeklyMinutes: 2100,
            skills: ['stage', 'lighting'],
            from: '2026-09-01',
          };
    await writeRequests(
      table,
      people
        .map((personId, index) =>
          contractsRecord({
            personId,
            name: `Technicien ${index}`,
            sortName: `technicien ${String(index).padStart(6, '0')}`,
            contracts: [contractOf(personId, index)],
            version: 1,
          }),
        )
        .map(put),
      { client: documentClient },
    );
    const shiftOn = (personId: string, day: string, start: string, end: string, breakMinutes: number) => ({
      personId,
      work: 'rehearsal' as const,
      planned: { startsAt: `${day}T${start}:00+01:00`, endsAt: `${day}T${end}:00+01:00`, breakMinutes },
    });

    // The team's week: five days of 7 h each, and a day of 11 h accepted by exception for one in four.
    let accepted = 0;
    for (const [index, personId] of people.entries()) {
      for (let day = 0; day < 5; day += 1) {
        const long = day === 2 && index % 4 === 0 && index % 5 !== 4;
        const planned = await planShift(
          {
            ...shiftOn(personId, plusDays(monday, day), '09:00', long ? '21:00' : '17:00', 60),
            ...(long && {
              exception: { ground: 'exceptional-circumstances', reason: 'Montage d’un spectacle invité' },
            }),
          },
          planner,
          timePorts,
        );
        accepted += planned.accepted.length > 0 ? 1 : 0;
      }
    }

    const measure = countingDynamoCalls(documentClient, runs);

    // 1. Checking and saving a new shift: each run a person's Saturday morning, the next week for the next runs.
    const saving = await measure((run) => {
      const person = people[(run + 1) % teamSize] as string;
      const week = Math.floor((run + 1) / teamSize);
      return planShift(
        shiftOn(person, plusDays(monday, 5 + 7 * week), '09:00', '12:00', 0),
        planner,
        timePorts,
      );
    });

    // 2. The team's week, with its breaches.
    const week = await measure(() => readTeamWeek(monday, {}, planner, timePorts));
    const read = await readTeamWeek(monday, {}, planner, timePorts);
    const shown = read.people.reduce((sum, person) => sum + person.shifts.length, 0);
    const withBreaches = read.people.filter((person) =>
      person.shifts.some((shift) => shift.accepted.length > 0),
    ).length;

    console.log(
      `\nTime: a team of ${read.people.length} technicians, ${shown} shifts in the week of ${monday}, ` +
        `${accepted} of them over a limit by exception (${withBreaches} people)`,
    );
    console.table({
      'checking and saving a new shift': {
        'DynamoDB calls': saving.calls,
        commands: saving.commands,
        ms: saving.ms.toFixed(1),
      },
      [`the week of a team of ${teamSize}`]: {
        'DynamoDB calls': week.calls,
        commands: week.commands,
        ms: week.ms.toFixed(1),
      },
    });
    const figures: Figure[] = [
      {
        figure: 'checking and saving a new shift: DynamoDB calls',
        value: saving.calls,
        unit: 'calls',
        target: '<= 2',
      },
      {
        figure: 'checking and saving a new shift: time',
        value: Number(saving.ms.toFixed(1)),
        unit: 'ms',
        target: null,
      },
      {
        figure: `the week of a team of ${teamSize} with breaches: DynamoDB calls`,
        value: week.calls,
        unit: 'calls',
        target: '<= 3',
      },
      {
        figure: `the week of a team of ${teamSize}: time`,
        value: Number(week.ms.toFixed(1)),
        unit: 'ms',
        target: null,
      },
      {
        figure: `the week of a team of ${teamSize}: shifts shown`,
        value: shown,
        unit: 'shifts',
        target: null,
      },
    ];
    await writeFigures('time', figures);
  } finally {
    await demo.stop();
  }
};
