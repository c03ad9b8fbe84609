import { describe, expect, it } from 'vitest';
import { AccessDeniedError, NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { approveWeek, reopenWeek } from '#domain/time/approve-week';
import type { StaffContract } from '#domain/time/contract';
import { intermittentLinesOf, payrollLinesOf, weeksOfMonth } from '#domain/time/payroll-export';
import { readTotals } from '#domain/time/read-time-totals';
import { checkActualTimes, recordActualHours } from '#domain/time/record-hours';
import { WeekAlreadyApprovedError, WeekApprovedError, WeekNotApprovedError } from '#domain/time/time-errors';
import type { HoursShift } from '#domain/time/time-hours-ports';
import { personTotalsOf, projectCostOf, weeksToReadFor } from '#domain/time/time-totals';
import { actorOf, inMemoryTimeHours, personOf, timeHoursPortsOf } from '../../support/in-memory-time-hours';
import { times, zone } from './paris-times';

const sam = personOf('p-sam', 'Morel');
const lou = personOf('p-lou', 'Andrieu');
const manager = personOf('p-manager', 'Vidal', ['planner']);

let count = 0;
const shiftOn = (
  personId: string,
  day: string,
  from: string,
  to: string,
  more: Partial<HoursShift> = {},
): HoursShift => {
  const planned = times(day, from, to);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay() || 7;
  const monday = new Date(Date.parse(`${day}T12:00:00Z`) - (weekday - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    shiftId: `s-${++count}`,
    personId,
    work: 'performance',
    planned,
    day,
    monday,
    version: 1,
    ...more,
  };
};

const setUp = (...shifts: HoursShift[]) => {
  const memory = inMemoryTimeHours();
  for (const shift of shifts) memory.shifts.set(shift.shiftId, shift);
  const ports = timeHoursPortsOf(memory.store, [sam, lou, manager]);
  return { memory, ports };
};

describe('actual hours', () => {
  it('saves what was worked beside the plan and adds it to the week, with HoursRecorded', async () => {
    const shift = shiftOn(sam.personId, '2027-03-15', '14:00', '22:30');
    const { memory, ports } = setUp(shift);
    const input = { ...times('2027-03-15', '14:00', '23:30', 30), version: 1 };
    const { shift: saved } = await recordActualHours(shift.shiftId, input, actorOf(sam), ports);
    expect(saved).toMatchObject({
      version: 2,
      planned: shift.planned,
      actual: times('2027-03-15', '14:00', '23:30', 30),
    });
    expect(memory.weekOf(sam.personId, '2027-03-15')).toMatchObject({ actualMinutes: 540, version: 1 });
    // Changed again by the manager: the week moves by the difference only.
    await recordActualHours(
      shift.shiftId,
      { ...times('2027-03-15', '14:00', '22:00', 0), version: 2 },
      actorOf(manager),
      ports,
    );
    expect(memory.weekOf(sam.personId, '2027-03-15')).toMatchObject({ actualMinutes: 480, version: 2 });
    expect(memory.events.map(({ detailType }) => detailType)).toEqual(['HoursRecorded', 'HoursRecorded']);
    expect(memory.events[1]?.detail.data).toMatchObject({
      actualMinutes: 480,
      plannedMinutes: 510,
      recordedBy: manager.personId,
    });
  });

  it('lets staff enter their own hours only, as if another’s shift did not exist', async () => {
    const shift = shiftOn(lou.personId, '2027-03-15', '14:00', '18:00');
    const { ports } = setUp(shift);
    const entry = recordActualHours(
      shift.shiftId,
      { ...times('2027-03-15', '14:00', '18:00'), version: 1 },
      actorOf(sam),
      ports,
    );
    await expect(entry).rejects.toMatchObject({ name: 'AccessDeniedError', hidesExistence: true });
    await expect(entry).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('refuses a version that is no longer the shift’s, and an unknown shift', async () => {
    const shift = shiftOn(sam.personId, '2027-03-15', '14:00', '18:00', { version: 3 });
    const { ports } = setUp(shift);
    const input = { ...times('2027-03-15', '14:00', '18:00'), version: 2 };
    await expect(recordActualHours(shift.shiftId, input, actorOf(sam), ports)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    await expect(recordActualHours('nope', input, actorOf(sam), ports)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('names the field of impossible times, far from the plan or in the future', () => {
    const planned = times('2027-03-15', '14:00', '18:00');
    const now = new Date('2027-03-20T12:00:00Z');
    const field = (actual: ReturnType<typeof times>, plan = planned) => {
      try {
        checkActualTimes(plan, actual, zone, now);
        return 'accepted';
      } catch (error) {
        return error instanceof ValidationError ? `${error.field} ${error.code}` : 'other';
      }
    };
    expect(field({ ...planned, endsAt: planned.startsAt })).toBe('endsAt shift_times_invalid');
    expect(field({ ...planned, breakMinutes: 240 })).toBe('breakMinutes shift_times_invalid');
    expect(field(times('2027-03-17', '14:00', '18:00'))).toBe('startsAt actual_hours_far_from_plan');
    expect(field(times('2027-03-16', '09:00', '12:00'))).toBe('accepted');
    // Not « impossible times », whose words speak of an end before its start: a code of its own.
    const today = times('2027-03-20', '14:00', '18:00');
    expect(field(today, today)).toBe('startsAt actual_hours_in_future');
    expect(field(times('2027-03-20', '12:00', '18:00'), today)).toBe('accepted');
  });
});

describe('the weekly approval, the lock', () => {
  it('approves each person’s week with its figures, audited, and then refuses hours in it', async () => {
    const shift = shiftOn(sam.personId, '2027-03-15', '14:00', '18:00');
    const { memory, ports } = setUp(shift);
    await recordActualHours(
      shift.shiftId,
      { ...times('2027-03-15', '14:00', '19:00'), version: 1 },
      actorOf(sam),
      ports,
    );
    const result = await approveWeek(
      '2027-03-15',
      { personIds: [sam.personId, lou.personId] },
      actorOf(manager),
      ports,
    );
    expect(result).toEqual({
      monday: '2027-03-15',
      approved: [sam.personId, lou.personId],
      alreadyApproved: [],
    });
    expect(memory.weekOf(sam.personId, '2027-03-15').approved).toMatchObject({
      by: manager.personId,
      actualMinutes: 300,
    });
    expect(memory.audit.map(({ action, subject }) => `${action} ${subject.id}`)).toEqual([
      `time-week.approved ${sam.personId}`,
      `time-week.approved ${lou.personId}`,
    ]);
    const late = recordActualHours(
      shift.shiftId,
      { ...times('2027-03-15', '14:00', '20:00'), version: 2 },
      actorOf(sam),
      ports,
    );
    await expect(late).rejects.toBeInstanceOf(WeekApprovedError);
    await expect(
      approveWeek('2027-03-15', { personIds: [sam.personId] }, actorOf(manager), ports),
    ).rejects.toBeInstanceOf(WeekAlreadyApprovedError);
  });

  it('leaves approval to managers, and refuses people the directory does not know', async () => {
    const { ports } = setUp();
    await expect(
      approveWeek('2027-03-15', { personIds: [sam.personId] }, actorOf(sam), ports),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      approveWeek('2027-03-15', { personIds: ['p-ghost'] }, actorOf(manager), ports),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('wins over an entry of hours that read the week before it: the entry reads again and is refused', async () => {
    const shift = shiftOn(sam.personId, '2027-03-15', '14:00', '18:00');
    const { memory, ports } = setUp(shift);
    let raced = false;
    memory.hooks.beforeWrite = async () => {
      if (raced) return;
      raced = true;
      await approveWeek('2027-03-15', { personIds: [sam.personId] }, actorOf(manager), ports);
    };
    const entry = recordActualHours(
      shift.shiftId,
      { ...times('2027-03-15', '14:00', '19:00'), version: 1 },
      actorOf(sam),
      ports,
    );
    await expect(entry).rejects.toBeInstanceOf(WeekApprovedError);
    const week = memory.weekOf(sam.personId, '2027-03-15');
    expect(week.actualMinutes).toBe(week.approved?.actualMinutes);
  });

  it('reopens an approved week with a reason kept in the audit trail, and only an approved one', async () => {
    const shift = shiftOn(sam.personId, '2027-03-15', '14:00', '18:00');
    const { memory, ports } = setUp(shift);
    await expect(
      reopenWeek('2027-03-15', { personId: sam.personId, reason: 'Oubli' }, actorOf(manager), ports),
    ).rejects.toBeInstanceOf(WeekNotApprovedError);
    await approveWeek('2027-03-15', { personIds: [sam.personId] }, actorOf(manager), ports);
    await reopenWeek(
      '2027-03-15',
      { personId: sam.personId, reason: 'Heures du dimanche oubliées' },
      actorOf(manager),
      ports,
    );
    expect(memory.audit.at(-1)).toMatchObject({
      action: 'time-week.reopened',
      details: { monday: '2027-03-15', reason: 'Heures du dimanche oubliées' },
    });
    expect(memory.events.map(({ detailType }) => detailType)).toEqual(['WeekApproved', 'WeekReopened']);
    await recordActualHours(
      shift.shiftId,
      { ...times('2027-03-15', '14:00', '19:00'), version: 1 },
      actorOf(sam),
      ports,
    );
    expect(memory.weekOf(sam.personId, '2027-03-15')).toMatchObject({ actualMinutes: 300 });
  });
});

const idcc = (personId: string, more: Partial<StaffContract> = {}): StaffContract => ({
  personId,
  kind: 'private-idcc-1285',
  rulebookId: 'idcc-1285',
  weeklyMinutes: 2100,
  skills: ['lighting'],
  from: '2026-01-01',
  ...more,
});

describe('totals', () => {
  it('gives a person’s week, month and rolling 12 weeks, planned and actual, with night and Sunday apart', () => {
    const shifts = [
      // Sunday 28 March 2027, 20:00 → 00:30: Sunday till midnight, night from 22:00.
      shiftOn(sam.personId, '2027-03-28', '20:00', '00:30', {
        actual: times('2027-03-28', '20:00', '01:00'),
      }),
      shiftOn(sam.personId, '2027-03-22', '09:00', '17:00', {
        planned: times('2027-03-22', '09:00', '17:00', 60),
      }),
      shiftOn(sam.personId, '2027-01-11', '09:00', '13:00', {
        actual: times('2027-01-11', '09:00', '13:00'),
      }),
      shiftOn(lou.personId, '2027-03-22', '09:00', '17:00'),
    ];
    const context = { zone, contracts: new Map([[sam.personId, [idcc(sam.personId)]]]) };
    const weeks = [
      {
        personId: sam.personId,
        monday: '2027-03-22',
        workedMinutes: 0,
        actualMinutes: 0,
        version: 2,
        approved: { at: 'x', by: 'y', actualMinutes: 0 },
      },
    ];
    const totals = personTotalsOf(
      sam.personId,
      { from: '2027-03-22', to: '2027-03-28' },
      shifts,
      weeks,
      context,
    );
    expect(totals.period).toMatchObject({
      planned: { worked: 420 + 270, sunday: 240, night: 150, normal: 420, publicHoliday: 30 },
      // Sunday till midnight, then Easter Monday's night: a holiday.
      actual: { worked: 300, sunday: 240, night: 180, normal: 0, publicHoliday: 60 },
      shifts: 2,
      unrecorded: 1,
    });
    expect(totals.weeks).toEqual([expect.objectContaining({ monday: '2027-03-22', approved: true })]);
    expect(totals.months).toEqual([expect.objectContaining({ month: '2027-03', shifts: 2 })]);
    expect(totals.rolling12Weeks).toMatchObject({
      from: '2027-01-04',
      to: '2027-03-28',
      shifts: 3,
      averageActualMinutes: Math.round(540 / 12),
      averagePlannedMinutes: Math.round((420 + 270 + 240) / 12),
    });
  });

  it('reads the weeks of the span’s months and of the 12 weeks before its end', () => {
    const mondays = weeksToReadFor('2027-03-22', '2027-03-28');
    expect(mondays[0]).toBe('2027-01-04');
    expect(mondays.at(-1)).toBe('2027-03-29');
  });

  it('costs a production’s hours at each contract’s rate, the actual ones where entered', () => {
    const shifts = [
      shiftOn(sam.personId, '2027-03-22', '09:00', '17:00', {
        actual: times('2027-03-22', '09:00', '18:00', 60),
      }),
      shiftOn(sam.personId, '2027-03-23', '09:00', '12:00'),
      shiftOn(lou.personId, '2027-03-22', '09:00', '11:30'),
    ];
    const contracts = new Map([
      [sam.personId, [idcc(sam.personId, { hourlyRateCents: 2250 })]],
      [lou.personId, [idcc(lou.personId)]],
    ]);
    const cost = projectCostOf(shifts, contracts);
    expect(cost.people).toEqual([
      {
        personId: sam.personId,
        plannedMinutes: 660,
        actualMinutes: 480,
        countedMinutes: 660,
        costCents: 24750,
        unpricedMinutes: 0,
      },
      {
        personId: lou.personId,
        plannedMinutes: 150,
        actualMinutes: 0,
        countedMinutes: 150,
        costCents: 0,
        unpricedMinutes: 150,
      },
    ]);
    expect(cost.total).toMatchObject({ countedMinutes: 810, costCents: 24750, unpricedMinutes: 150 });
  });
});

describe('reading totals', () => {
  it('takes the current month by default, a quarter at most, and leaves everyone’s to managers', async () => {
    const { ports } = setUp(shiftOn(sam.personId, '2027-03-10', '09:00', '12:00'));
    const own = await readTotals({ personId: sam.personId }, actorOf(sam), ports);
    expect(own).toMatchObject({ from: '2027-03-01', to: '2027-03-31' });
    expect(own.people).toEqual([expect.objectContaining({ personId: sam.personId, name: 'Camille Morel' })]);
    await expect(readTotals({ personId: lou.personId }, actorOf(sam), ports)).rejects.toMatchObject({
      hidesExistence: true,
    });
    await expect(readTotals({}, actorOf(sam), ports)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      readTotals({ from: '2027-01-01', to: '2027-04-30' }, actorOf(manager), ports),
    ).rejects.toMatchObject({ field: 'to' });
    await expect(
      readTotals({ from: '2027-03-10', to: '2027-03-01' }, actorOf(manager), ports),
    ).rejects.toMatchObject({ field: 'to' });
    const all = await readTotals({ from: '2027-03-01', to: '2027-03-14' }, actorOf(manager), ports);
    expect(all.people.map(({ personId }) => personId)).toEqual([sam.personId]);
  });
});

describe('payroll exports', () => {
  it('writes one line per person, week cut at the month and kind of hour, in French decimals, with the approval', () => {
    const shifts = [
      shiftOn(sam.personId, '2027-03-28', '20:00', '00:30'),
      shiftOn(sam.personId, '2027-03-29', '09:00', '16:45', {
        actual: times('2027-03-29', '09:00', '16:30'),
      }),
      shiftOn(sam.personId, '2027-04-01', '09:00', '12:00'),
      shiftOn(sam.personId, '2027-03-01', '09:00', '12:15'),
      shiftOn(lou.personId, '2027-02-28', '09:00', '12:00'),
    ];
    const lines = payrollLinesOf(
      shifts,
      [
        {
          personId: sam.personId,
          monday: '2027-03-22',
          workedMinutes: 270,
          actualMinutes: 0,
          version: 1,
          approved: { at: 'x', by: 'y', actualMinutes: 0 },
        },
      ],
      {
        month: '2027-03',
        zone,
        contracts: new Map([[sam.personId, [idcc(sam.personId)]]]),
        names: new Map([[sam.personId, 'Camille Morel']]),
      },
    );
    expect(
      lines.map((line) => [
        line.Du,
        line.Au,
        line['Nature des heures'],
        line.Heures,
        line['Semaine approuvée'],
      ]),
    ).toEqual([
      ['01/03/2027', '07/03/2027', 'Normales', '3,25', 'non'],
      ['22/03/2027', '28/03/2027', 'Nuit', '2,50', 'oui'],
      ['22/03/2027', '28/03/2027', 'Dimanche', '4,00', 'oui'],
      // Easter Monday 2027: the Sunday's shift's last half hour, and the Monday's hours.
      ['22/03/2027', '28/03/2027', 'Jour férié', '0,50', 'oui'],
      ['29/03/2027', '31/03/2027', 'Jour férié', '7,50', 'non'],
    ]);
    expect(lines[0]).toMatchObject({ Nom: 'Camille Morel', Contrat: 'Salarié IDCC 1285' });
    expect(weeksOfMonth('2027-03')).toEqual([
      '2027-03-01',
      '2027-03-08',
      '2027-03-15',
      '2027-03-22',
      '2027-03-29',
    ]);
  });

  it('counts an intermittent’s cachets alone or grouped, and hours of a contract paid by the hour', () => {
    const intermittent = (
      personId: string,
      from: string,
      until: string,
      pay: 'hours' | 'cachets',
    ): StaffContract => ({
      personId,
      kind: 'intermittent',
      rulebookId: 'intermittent',
      skills: ['sound'],
      from,
      until,
      pay,
    });
    const shifts = [
      shiftOn(sam.personId, '2027-03-10', '14:00', '23:00'),
      shiftOn(sam.personId, '2027-03-11', '14:00', '23:00'),
      shiftOn(sam.personId, '2027-03-20', '18:00', '23:00'),
      shiftOn(lou.personId, '2027-03-02', '09:00', '13:30'),
    ];
    const lines = intermittentLinesOf(shifts, [], {
      month: '2027-03',
      zone,
      contracts: new Map([
        [
          sam.personId,
          [
            intermittent(sam.personId, '2027-03-08', '2027-03-12', 'cachets'),
            intermittent(sam.personId, '2027-03-20', '2027-03-20', 'cachets'),
          ],
        ],
        [
          lou.personId,
          [
            intermittent(lou.personId, '2027-03-01', '2027-03-05', 'hours'),
            idcc(lou.personId, { from: '2026-01-01' }),
          ],
        ],
      ]),
      names: new Map([
        [sam.personId, 'Camille Morel'],
        [lou.personId, 'Camille Andrieu'],
      ]),
    });
    expect(
      lines.map((line) => [line.Nom, line['Contrat du'], line.Décompte, line.Cachets, line.Heures]),
    ).toEqual([
      ['Camille Andrieu', '01/03/2027', 'Heures travaillées', '0', '4,50'],
      ['Camille Morel', '08/03/2027', 'Cachets groupés (8 h par jour)', '2', '16,00'],
      ['Camille Morel', '20/03/2027', 'Cachets isolés (12 h)', '1', '12,00'],
    ]);
  });
});
