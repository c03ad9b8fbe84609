import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { csvRows } from '../../support/csv';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/** Paris in November is at +01:00. */
const at = (day: string, time: string) => `${day}T${time}:00+01:00`;
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const times = (day: string, start: string, end: string, breakMinutes = 0) => ({
  startsAt: at(day, start),
  endsAt: end < start ? at(nextDay(day), end) : at(day, end),
  breakMinutes,
});

/**
 * Actual hours, the weekly approval that locks a week, the totals and the payroll exports, through the API on real
 * shifts (T21's), in weeks already worked (November 2026): hours are entered after the work.
 */
describe('technical staff’s hours, approval and exports', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let technician: Request;
  let technicianId: string;
  let intermittentId: string;
  let plannerToken: string;

  const plan = async (
    personId: string,
    planned: ReturnType<typeof times>,
    more: Record<string, unknown> = {},
  ) => {
    const response = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'performance',
      planned,
      ...more,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.shift as { shiftId: string; version: number };
  };
  const weekItem = async (personId: string, monday: string) =>
    (
      await school.documents.send(
        new GetCommand({ TableName: school.tableName, Key: timeKeys.week(personId, monday) }),
      )
    ).Item;
  const download = (path: string, token = plannerToken) =>
    fetch(`${school.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    planner = school.request;
    plannerToken = await school.signIn('planning.demo');
    technician = await school.as('vie-scolaire.demo');
    const directory = demoDirectory(school.school);
    technicianId = directory.accounts.find((each) => each.username === 'vie-scolaire.demo')
      ?.personId as string;
    const teachers = directory.people.filter((person) => person.profiles.includes('teacher'));
    intermittentId = teachers[3]?.personId as string;
    const contract = await planner('PUT', `/api/time/people/${technicianId}/contract`, {
      kind: 'public-local',
      weeklyHours: 35,
      skills: ['lighting', 'stage'],
      from: '2026-09-01',
      hourlyRate: 24.5,
    });
    expect(contract.status).toBe(200);
    const intermittent = await planner('PUT', `/api/time/people/${intermittentId}/contract`, {
      kind: 'intermittent',
      skills: ['sound'],
      from: '2026-11-07',
      until: '2026-11-08',
      pay: 'cachets',
    });
    expect(intermittent.status).toBe(200);
  }, 300_000);
  afterAll(() => school?.stop());

  it('enters what was worked beside the plan, adds it to the week, and lets a technician enter their own only', async () => {
    const shift = await plan(technicianId, times('2026-11-16', '14:00', '22:30', 30));
    const entered = await technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
      ...times('2026-11-16', '14:00', '23:00', 30),
      version: 1,
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(200);
    expect(entered.body.shift).toMatchObject({
      version: 2,
      actual: times('2026-11-16', '14:00', '23:00', 30),
    });
    const week = await planner('GET', `/api/time/weeks/2026-11-16?personId=${technicianId}`);
    expect(week.body.people[0]).toMatchObject({ plannedMinutes: 480, actualMinutes: 510 });

    const stale = await technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
      ...times('2026-11-16', '14:00', '22:00'),
      version: 1,
    });
    expect(stale.status).toBe(412);
    const impossible = await technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
      ...times('2026-11-16', '14:00', '13:00'),
      endsAt: at('2026-11-16', '13:00'),
      version: 2,
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error).toMatchObject({ field: 'endsAt' });
    expect(impossible.body.error.errors[0].code).toBe('shift_times_invalid');
    // A start still to come has its own code, not the words of an end before its start.
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const coming = await plan(technicianId, times(inAMonth, '09:00', '12:00'));
    const early = await technician('PUT', `/api/time/shifts/${coming.shiftId}/actual`, {
      ...times(inAMonth, '09:00', '12:00'),
      version: 1,
    });
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ field: 'startsAt' });
    expect(early.body.error.errors[0].code).toBe('actual_hours_in_future');

    const others = await plan(intermittentId, times('2026-11-07', '19:00', '23:30'));
    const notTheirs = await technician('PUT', `/api/time/shifts/${others.shiftId}/actual`, {
      ...times('2026-11-07', '19:00', '23:30'),
      version: 1,
    });
    expect(notTheirs.status).toBe(404);
    const events = await outboxEvents(school, 'HoursRecorded');
    expect(events).toEqual([
      expect.objectContaining({
        shiftId: shift.shiftId,
        personId: technicianId,
        actualMinutes: 510,
        plannedMinutes: 480,
      }),
    ]);
  }, 120_000);

  it('locks an approved week: hours and shifts refused until a reopening, whose reason the audit keeps', async () => {
    const shift = await plan(technicianId, times('2026-11-10', '09:00', '13:00'));
    const approved = await planner('POST', '/api/time/weeks/2026-11-09/approvals', {
      personIds: [technicianId],
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ approved: [technicianId], alreadyApproved: [] });

    const late = await technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
      ...times('2026-11-10', '09:00', '14:00'),
      version: 1,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('week_approved');
    const moreShift = await planner('POST', '/api/time/shifts', {
      personId: technicianId,
      work: 'maintenance',
      planned: times('2026-11-12', '09:00', '12:00'),
    });
    expect(moreShift.status).toBe(409);
    expect(moreShift.body.error.code).toBe('week_approved');
    const again = await planner('POST', '/api/time/weeks/2026-11-09/approvals', {
      personIds: [technicianId],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('week_already_approved');
    expect(
      (await technician('POST', '/api/time/weeks/2026-11-09/approvals', { personIds: [technicianId] }))
        .status,
    ).toBe(403);
    expect(
      (await planner('POST', '/api/time/weeks/2026-11-10/approvals', { personIds: [technicianId] })).status,
    ).toBe(400);
    const week = await planner('GET', `/api/time/weeks/2026-11-09?personId=${technicianId}`);
    expect(week.body.people[0].approved).toMatchObject({ by: expect.any(String) });

    const noReason = await planner('POST', '/api/time/weeks/2026-11-09/reopenings', {
      personId: technicianId,
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const reopened = await planner('POST', '/api/time/weeks/2026-11-09/reopenings', {
      personId: technicianId,
      reason: 'Heures supplémentaires du mardi oubliées',
    });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    const twice = await planner('POST', '/api/time/weeks/2026-11-09/reopenings', {
      personId: technicianId,
      reason: 'Encore',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('week_not_approved');
    const now = await technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
      ...times('2026-11-10', '09:00', '14:00'),
      version: 1,
    });
    expect(now.status).toBe(200);

    const types = (await outboxEvents(school, 'Week')).map(({ type }) => type);
    expect(types).toEqual(expect.arrayContaining(['WeekApproved', 'WeekReopened']));
    const head = await school.as('direction.demo');
    const audit = await head('GET', '/api/audit?action=time-week.reopened');
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('Heures supplémentaires du mardi oubliées');
  }, 120_000);

  it('never leaves an approved week with hours entered after the approval, when both come at once', async () => {
    for (const monday of ['2026-10-05', '2026-10-12', '2026-10-19']) {
      const days = [0, 1, 2, 3, 4].map((offset) =>
        new Date(Date.parse(`${monday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10),
      );
      // October is at +02:00 in Paris.
      const october = (day: string, start: string, end: string) => ({
        startsAt: `${day}T${start}:00+02:00`,
        endsAt: `${day}T${end}:00+02:00`,
        breakMinutes: 0,
      });
      const shifts = [];
      for (const day of days) shifts.push(await plan(technicianId, october(day, '09:00', '12:00')));
      const entries = shifts.map((shift, index) =>
        technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
          ...october(days[index] as string, '09:00', '13:00'),
          version: 1,
        }),
      );
      const approval = planner('POST', `/api/time/weeks/${monday}/approvals`, { personIds: [technicianId] });
      const [approved, ...answers] = await Promise.all([approval, ...entries]);
      expect(approved.status).toBe(200);
      for (const answer of answers) expect([200, 409]).toContain(answer.status);
      const entered = answers.filter(({ status }) => status === 200).length;
      const item = await weekItem(technicianId, monday);
      // The week holds what the approval approved: every entry that got in came before it, the others were refused.
      expect(item?.approvedAt).toEqual(expect.any(String));
      expect(item?.actualMinutes ?? 0).toBe(item?.approvedActualMinutes);
      expect(item?.actualMinutes ?? 0).toBe(entered * 240);
      for (const answer of answers.filter(({ status }) => status === 409))
        expect(answer.body.error.code).toBe('week_approved');
    }
  }, 240_000);

  it('gives a person’s totals by week, month and rolling 12 weeks, with Sunday and public-holiday hours apart', async () => {
    // 11 November is a public holiday (Armistice); 22 November a Sunday.
    await plan(technicianId, times('2026-11-11', '18:00', '22:00'));
    await plan(technicianId, times('2026-11-22', '18:00', '23:00'));
    const totals = await technician(
      'GET',
      `/api/time/totals?personId=${technicianId}&from=2026-11-09&to=2026-11-22`,
    );
    expect(totals.status, JSON.stringify(totals.body)).toBe(200);
    const [own] = totals.body.people;
    expect(own).toMatchObject({ personId: technicianId, name: 'Sylvie Caron' });
    expect(own.period.planned).toMatchObject({ publicHoliday: 240, sunday: 300, night: 30 + 60 });
    expect(own.weeks.map((week: { monday: string }) => week.monday)).toEqual(['2026-11-09', '2026-11-16']);
    expect(own.weeks[1].actual.worked).toBe(510);
    expect(own.months).toEqual([expect.objectContaining({ month: '2026-11' })]);
    expect(own.rolling12Weeks).toMatchObject({ from: '2026-08-31', to: '2026-11-22' });
    expect(own.rolling12Weeks.shifts).toBeGreaterThanOrEqual(own.period.shifts);

    expect((await technician('GET', `/api/time/totals?personId=${intermittentId}`)).status).toBe(404);
    expect((await technician('GET', '/api/time/totals')).status).toBe(403);
    const all = await planner('GET', '/api/time/totals?from=2026-11-01&to=2026-11-30');
    expect(all.body.people.map((person: { personId: string }) => person.personId)).toEqual(
      expect.arrayContaining([technicianId, intermittentId]),
    );
    const tooLong = await planner('GET', '/api/time/totals?from=2026-01-01&to=2026-11-30');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.field).toBe('to');
  }, 120_000);

  it('costs a production’s hours at each contract’s rate', async () => {
    const project = await planner('POST', '/api/projects', {
      kind: 'production',
      name: 'Le Songe d’une nuit d’été',
    });
    expect(project.status, JSON.stringify(project.body)).toBe(201);
    const projectId = project.body.id as string;
    await plan(technicianId, times('2026-11-24', '14:00', '18:00'), { link: { projectId }, work: 'set-up' });
    const totals = await planner('GET', `/api/time/projects/${projectId}/totals`);
    expect(totals.status).toBe(200);
    expect(totals.body.people).toEqual([
      expect.objectContaining({
        personId: technicianId,
        name: 'Sylvie Caron',
        countedMinutes: 240,
        costCents: 9800,
      }),
    ]);
    expect(totals.body.total).toMatchObject({ costCents: 9800, unpricedMinutes: 0 });
    expect((await technician('GET', `/api/time/projects/${projectId}/totals`)).status).toBe(403);
  }, 120_000);

  it('exports the month for payroll and the intermittents’ cachets as CSV for French Excel', async () => {
    await plan(intermittentId, times('2026-11-08', '19:00', '23:30'));
    const payroll = await download('/api/time/exports/payroll.csv?month=2026-11');
    expect(payroll.status).toBe(200);
    expect(payroll.headers.get('content-type')).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await payroll.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [headers, ...rows] = csvRows(text).filter((row) => row.some(Boolean));
    expect(headers).toEqual([
      'Identifiant',
      'Nom',
      'Contrat',
      'Du',
      'Au',
      'Nature des heures',
      'Heures',
      'Semaine approuvée',
    ]);
    const line = (from: string, kind: string) =>
      rows.find((row) => row[0] === technicianId && row[3] === from && row[5] === kind);
    expect(line('16/11/2026', 'Normales')).toEqual([
      technicianId,
      'Sylvie Caron',
      'Fonctionnaire territorial',
      '16/11/2026',
      '22/11/2026',
      'Normales',
      expect.stringMatching(/^\d+,\d\d$/),
      'non',
    ]);
    expect(line('09/11/2026', 'Jour férié')?.[6]).toBe('4,00');
    expect(line('16/11/2026', 'Dimanche')?.[6]).toBe('5,00');

    const intermittents = await download('/api/time/exports/intermittents.csv?month=2026-11');
    expect(intermittents.status).toBe(200);
    const [, ...contracts] = csvRows(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(await intermittents.arrayBuffer()),
    ).filter((row) => row.some(Boolean));
    expect(contracts).toEqual([
      [
        intermittentId,
        expect.any(String),
        '07/11/2026',
        '08/11/2026',
        'Cachets',
        'Cachets isolés (12 h)',
        '2',
        '24,00',
        'non',
      ],
    ]);
    const technicianToken = await school.signIn('vie-scolaire.demo');
    expect((await download('/api/time/exports/payroll.csv?month=2026-11', technicianToken)).status).toBe(403);
    expect((await planner('GET', '/api/time/exports/payroll.csv?month=2026-13')).status).toBe(400);
  }, 120_000);
  it('takes a shift’s hours already worked out of its week when it moves to another week or is removed', async () => {
    const shift = await plan(technicianId, times('2026-09-15', '14:00', '20:30', 30));
    const entered = await technician('PUT', `/api/time/shifts/${shift.shiftId}/actual`, {
      ...times('2026-09-15', '14:00', '21:30', 30),
      version: 1,
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(200);
    expect(await weekItem(technicianId, '2026-09-14')).toMatchObject({ actualMinutes: 420 });

    const moved = await planner('PUT', `/api/time/shifts/${shift.shiftId}`, {
      personId: technicianId,
      work: 'performance',
      planned: times('2026-09-22', '14:00', '20:30', 30),
      version: 2,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await weekItem(technicianId, '2026-09-14')).toMatchObject({ workedMinutes: 0, actualMinutes: 0 });
    expect(await weekItem(technicianId, '2026-09-21')).toMatchObject({
      workedMinutes: 360,
      actualMinutes: 420,
    });

    const removed = await planner(
      'DELETE',
      `/api/time/shifts/${shift.shiftId}?version=${moved.body.shift.version}`,
    );
    expect(removed.status, JSON.stringify(removed.body)).toBe(204);
    expect(await weekItem(technicianId, '2026-09-21')).toMatchObject({ workedMinutes: 0, actualMinutes: 0 });
  }, 120_000);
});
