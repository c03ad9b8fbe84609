import { describe, expect, it } from 'vitest';
import { findCandidates } from '#domain/time/candidates';
import { changeShift, maxShiftAttempts, planShift, removeShift } from '#domain/time/plan-shift';
import { readTeamWeek } from '#domain/time/read-team-week';
import type { ShiftInput } from '#domain/time/shift';
import { planningSpansOf } from '#domain/time/shift-marks';
import { readTeam } from '#domain/time/staff-contracts';
import { inMemoryTimePorts, inMemoryTimeStore, plannerActor } from '../../support/in-memory-time';

const shift = (
  personId: string,
  day: string,
  start: string,
  end: string,
  extra: Partial<ShiftInput> = {},
): ShiftInput => ({
  personId,
  work: 'rehearsal',
  planned: { startsAt: `${day}T${start}:00+01:00`, endsAt: `${day}T${end}:00+01:00`, breakMinutes: 0 },
  ...extra,
});

const withHalfHourBreak = (input: ShiftInput): ShiftInput => ({
  ...input,
  planned: { ...input.planned, breakMinutes: 30 },
});

const setUp = () => {
  const memory = inMemoryTimeStore();
  memory.giveContract('tech', 'Léa Martin', {
    kind: 'public-local',
    rulebookId: 'public-service',
    weeklyMinutes: 2100,
    skills: ['lighting'],
    from: '2026-09-01',
  });
  memory.giveContract('inter', 'Marc Petit', {
    kind: 'intermittent',
    rulebookId: 'intermittent',
    skills: ['sound'],
    from: '2027-01-01',
    until: '2027-01-31',
    pay: 'hours',
  });
  return { memory, ports: inMemoryTimePorts(memory.store) };
};

describe('planning a shift (the use case, on an in-memory store)', () => {
  it('saves a shift with its day and week, its event and audit entry', async () => {
    const { memory, ports } = setUp();
    const { shift: saved, accepted } = await planShift(
      shift('tech', '2027-01-12', '09:00', '12:30'),
      plannerActor,
      ports,
    );
    expect(saved).toMatchObject({ day: '2027-01-12', monday: '2027-01-11', version: 1, accepted: [] });
    expect(accepted).toEqual([]);
    expect(memory.week('tech', '2027-01-11')).toMatchObject({ workedMinutes: 210, version: 1 });
    expect(memory.events.map((event) => event.detailType)).toEqual(['ShiftPlanned']);
    expect(memory.audit.map((entry) => entry.action)).toEqual(['shift.planned']);
  });

  it('refuses a breach with its rule and figures, and accepts it with an exception and a reason', async () => {
    const { memory, ports } = setUp();
    await planShift(shift('tech', '2027-01-12', '08:00', '12:00'), plannerActor, ports);
    const long = shift('tech', '2027-01-12', '13:00', '20:00', { work: 'set-up' });
    long.planned.breakMinutes = 30;
    await expect(planShift(long, plannerActor, ports)).rejects.toMatchObject({
      code: 'shift_breaks_rule',
      details: {
        field: 'planned',
        breaches: [
          expect.objectContaining({
            ruleId: 'daily-work-max',
            limit: 600,
            actual: 630,
            exceptionAllowed: false,
          }),
        ],
      },
    });
    const exception = {
      ground: 'exceptional-circumstances' as const,
      reason: 'Livraison du décor en retard',
    };
    const accepted = await planShift({ ...long, exception }, plannerActor, ports);
    expect(accepted.accepted.map((breach) => breach.ruleId)).toEqual(['daily-work-max']);
    expect(accepted.shift.exception).toEqual(exception);
    expect(memory.week('tech', '2027-01-11')?.workedMinutes).toBe(630);
  });

  it('reads and checks again when another planner saved a shift of the person meanwhile', async () => {
    const { memory, ports } = setUp();
    let slipped = false;
    memory.hooks.beforeSave = async () => {
      if (slipped) return;
      slipped = true;
      memory.hooks.beforeSave = undefined;
      await planShift(withHalfHourBreak(shift('inter', '2027-01-12', '08:00', '14:30')), plannerActor, ports);
    };
    // Alone it fits (6 h); after the other planner's 6 h, the day would hold 12 h: refused on the second check.
    await expect(
      planShift(withHalfHourBreak(shift('inter', '2027-01-12', '15:00', '21:30')), plannerActor, ports),
    ).rejects.toMatchObject({
      code: 'shift_breaks_rule',
    });
    expect(memory.week('inter', '2027-01-11')?.workedMinutes).toBe(360);
  });

  it('answers stale when the person’s days keep changing under the check', async () => {
    const { memory, ports } = setUp();
    // Before each of its saves, another planner saves a shift of the same person in one of the weeks it read.
    let others = 0;
    let inside = false;
    memory.hooks.beforeSave = async () => {
      if (inside) return;
      inside = true;
      others += 1;
      const day = `2027-01-${String(10 + others).padStart(2, '0')}`;
      await planShift(shift('inter', day, '08:00', '09:00', { work: 'maintenance' }), plannerActor, ports);
      inside = false;
    };
    await expect(
      planShift(shift('inter', '2027-01-05', '10:00', '11:00'), plannerActor, ports),
    ).rejects.toMatchObject({
      code: 'stale',
    });
    expect(others).toBe(maxShiftAttempts);
  });

  it('refuses a shift in an approved week, on a day the planning holds, or outside the contract', async () => {
    const { memory, ports } = setUp();
    memory.approve('tech', '2027-01-11');
    await expect(
      planShift(shift('tech', '2027-01-12', '09:00', '12:00'), plannerActor, ports),
    ).rejects.toMatchObject({
      code: 'week_approved',
    });
    memory.busyAt('tech', '2027-01-19');
    await expect(
      planShift(shift('tech', '2027-01-19', '09:00', '12:00'), plannerActor, ports),
    ).rejects.toMatchObject({
      code: 'person_busy',
    });
    await expect(
      planShift(shift('inter', '2027-02-02', '09:00', '12:00'), plannerActor, ports),
    ).rejects.toMatchObject({
      code: 'shift_outside_contract',
    });
    await expect(
      planShift(
        shift('tech', '2027-01-20', '09:00', '12:00'),
        { ...plannerActor, profiles: ['staff'] },
        ports,
      ),
    ).rejects.toMatchObject({
      name: 'AccessDeniedError',
    });
  });

  it('moves a shift to another week: its minutes leave the old week for the new one', async () => {
    const { memory, ports } = setUp();
    const { shift: saved } = await planShift(
      shift('tech', '2027-01-15', '09:00', '12:00'),
      plannerActor,
      ports,
    );
    const moved = await changeShift(
      saved.shiftId,
      { ...shift('tech', '2027-01-18', '09:00', '13:00'), version: 1 },
      plannerActor,
      ports,
    );
    expect(moved.shift).toMatchObject({ day: '2027-01-18', monday: '2027-01-18', version: 2 });
    expect(memory.week('tech', '2027-01-11')?.workedMinutes).toBe(0);
    expect(memory.week('tech', '2027-01-18')?.workedMinutes).toBe(240);
    await expect(
      changeShift(
        saved.shiftId,
        { ...shift('inter', '2027-01-18', '09:00', '13:00'), version: 2 },
        plannerActor,
        ports,
      ),
    ).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'shift_person_fixed' })] });
    await expect(removeShift(saved.shiftId, 1, plannerActor, ports)).rejects.toMatchObject({
      name: 'StaleVersionError',
    });
    await removeShift(saved.shiftId, 2, plannerActor, ports);
    expect(memory.week('tech', '2027-01-18')?.workedMinutes).toBe(0);
    expect(memory.events.map((event) => event.detailType)).toEqual([
      'ShiftPlanned',
      'ShiftChanged',
      'ShiftRemoved',
    ]);
  });

  it('names the team as the directory does now, not as it did when the contract was saved', async () => {
    const { memory } = setUp();
    // The directory renamed Marc Petit (an import, a correction) after his contract was saved: no event says so.
    const ports = inMemoryTimePorts(
      memory.store,
      undefined,
      new Map([['inter', { firstName: 'Marc', lastName: 'Durand' }]]),
    );
    const names = (people: readonly { name: string }[]) => people.map(({ name }) => name);
    // By name again: Durand before Martin.
    expect(names((await readTeamWeek('2027-01-11', {}, plannerActor, ports)).people)).toEqual([
      'Marc Durand',
      'Léa Martin',
    ]);
    expect(
      names((await readTeamWeek('2027-01-11', { personId: 'inter' }, plannerActor, ports)).people),
    ).toEqual(['Marc Durand']);
    expect(names((await readTeam(plannerActor, ports)).people)).toEqual(['Marc Durand', 'Léa Martin']);
    const candidates = await findCandidates(
      { startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' },
      plannerActor,
      ports,
    );
    expect(names(candidates.people)).toEqual(['Marc Durand', 'Léa Martin']);
  });

  it('reads the team’s week, and a technician only their own', async () => {
    const { ports } = setUp();
    await planShift(shift('tech', '2027-01-12', '09:00', '12:00'), plannerActor, ports);
    const team = await readTeamWeek('2027-01-11', {}, plannerActor, ports);
    expect(team.people.map((person) => [person.name, person.plannedMinutes, person.shifts.length])).toEqual([
      ['Léa Martin', 180, 1],
      ['Marc Petit', 0, 0],
    ]);
    const own = await readTeamWeek(
      '2027-01-11',
      {},
      { ...plannerActor, personId: 'tech', profiles: ['staff'] },
      ports,
    );
    expect(own.people.map((person) => person.personId)).toEqual(['tech']);
    await expect(
      readTeamWeek(
        '2027-01-11',
        { personId: 'inter' },
        { ...plannerActor, personId: 'tech', profiles: ['staff'] },
        ports,
      ),
    ).rejects.toMatchObject({ hidesExistence: true });
  });

  it('lists candidates: the skilled first, then the free', async () => {
    const { ports } = setUp();
    await planShift(shift('inter', '2027-01-12', '09:00', '12:00'), plannerActor, ports);
    const { people } = await findCandidates(
      { startsAt: '2027-01-12T10:00:00+01:00', endsAt: '2027-01-12T11:00:00+01:00', skill: 'sound' },
      plannerActor,
      ports,
    );
    expect(people.map(({ personId, free }) => [personId, free])).toEqual([
      ['inter', false],
      ['tech', true],
    ]);
  });
});

describe('the spans a shift holds in its person’s planning', () => {
  it('rounds to 5 minutes and splits a night shift at midnight', () => {
    expect(
      planningSpansOf(
        { startsAt: '2027-01-12T21:07:00+01:00', endsAt: '2027-01-13T02:03:00+01:00' },
        'Europe/Paris',
      ),
    ).toEqual([
      { date: '2027-01-12', start: '21:05', end: '24:00' },
      { date: '2027-01-13', start: '00:00', end: '02:05' },
    ]);
  });
});
