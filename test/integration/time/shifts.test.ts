import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

const at = (day: string, time: string) => `${day}T${time}:00+01:00`;
const times = (day: string, start: string, end: string, breakMinutes = 0) => ({
  startsAt: at(day, start),
  endsAt: end < start ? at(nextDay(day), end) : at(day, end),
  breakMinutes,
});
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Shifts planned through the API: the contract puts a technician in the team; a shift is checked against their
 * rules as it is saved (a breach refused with its rule and figures, accepted with an exception and a reason); the
 * planning's guard keeps a person from being in two places; the team's week and a person's own.
 */
describe('technical staff’s shifts', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let technician: Request;
  let technicianId: string;
  let intermittentId: string;
  let otherId: string;

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    planner = school.request;
    technician = await school.as('vie-scolaire.demo');
    const directory = demoDirectory(school.school);
    const account = (username: string) =>
      directory.accounts.find((each) => each.username === username)?.personId as string;
    technicianId = account('vie-scolaire.demo');
    const teachers = directory.people.filter((person) => person.profiles.includes('teacher'));
    intermittentId = teachers[1]?.personId as string;
    otherId = teachers[2]?.personId as string;
    expect(
      (
        await planner('PUT', `/api/time/people/${technicianId}/contract`, {
          kind: 'public-local',
          weeklyHours: 35,
          skills: ['lighting', 'stage'],
          from: '2026-09-01',
          hourlyRate: 24.5,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await planner('PUT', `/api/time/people/${intermittentId}/contract`, {
          kind: 'intermittent',
          skills: ['sound'],
          from: '2027-02-01',
          until: '2027-04-30',
          pay: 'hours',
        })
      ).status,
    ).toBe(200);
  }, 300_000);
  afterAll(() => school?.stop());

  it('puts a person with a contract in the team, and refuses a contract that is not whole', async () => {
    const team = await planner('GET', '/api/time/team');
    expect(team.status).toBe(200);
    const member = team.body.people.find((person: { personId: string }) => person.personId === technicianId);
    expect(member.name).toBe('Sylvie Caron');
    expect(member.contract).toMatchObject({
      kind: 'public-local',
      rulebookId: 'public-service',
      weeklyMinutes: 2100,
      hourlyRateCents: 2450,
    });
    const refused = await planner('PUT', `/api/time/people/${otherId}/contract`, {
      kind: 'intermittent',
      from: '2027-02-01',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('until');
    const stranger = await planner('PUT', '/api/time/people/nobody-here/contract', {
      kind: 'public-local',
      weeklyHours: 35,
      from: '2027-01-01',
    });
    expect(stranger.status).toBe(404);
    expect((await technician('GET', '/api/time/team')).status).toBe(403);
  }, 60_000);

  it('plans a shift, refuses one that breaks a rule with the rule and figures, accepts it with an exception', async () => {
    const day = '2027-03-02';
    const planned = await planner('POST', '/api/time/shifts', {
      personId: technicianId,
      work: 'maintenance',
      planned: times(day, '08:00', '12:00'),
    });
    expect(planned.status).toBe(201);
    expect(planned.body.shift).toMatchObject({
      personId: technicianId,
      day,
      monday: '2027-03-01',
      version: 1,
    });
    expect(planned.body.accepted).toEqual([]);

    const long = { personId: technicianId, work: 'set-up', planned: times(day, '13:00', '20:00', 30) };
    const refused = await planner('POST', '/api/time/shifts', long);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('shift_breaks_rule');
    expect(refused.body.error.field).toBe('planned');
    const breach = refused.body.error.breaches.find(
      (each: { ruleId: string }) => each.ruleId === 'daily-work-max',
    );
    expect(breach).toMatchObject({ limit: 600, actual: 630, unit: 'minutes', exceptionAllowed: false });
    expect(breach.grounds).toEqual(['exceptional-circumstances']);

    const accepted = await planner('POST', '/api/time/shifts', {
      ...long,
      exception: { ground: 'exceptional-circumstances', reason: 'Montage du décor retardé par la livraison' },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.accepted.map((each: { ruleId: string }) => each.ruleId)).toContain('daily-work-max');
    expect(accepted.body.shift.exception.ground).toBe('exceptional-circumstances');
  }, 60_000);

  it('refuses a second shift at the same time, and a shift outside the contract', async () => {
    const overlap = await planner('POST', '/api/time/shifts', {
      personId: technicianId,
      work: 'rehearsal',
      planned: times('2027-03-02', '10:00', '11:00'),
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.code).toBe('shift_overlaps');
    const outside = await planner('POST', '/api/time/shifts', {
      personId: intermittentId,
      work: 'performance',
      planned: times('2027-05-04', '18:00', '23:00'),
    });
    expect(outside.status).toBe(409);
    expect(outside.body.error.code).toBe('shift_outside_contract');
    const impossible = await planner('POST', '/api/time/shifts', {
      personId: technicianId,
      work: 'rehearsal',
      planned: { startsAt: at('2027-03-03', '10:00'), endsAt: at('2027-03-03', '09:00') },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.field).toBe('planned.endsAt');
    expect(impossible.body.error.errors[0].code).toBe('shift_times_invalid');
  }, 60_000);

  it('shows the team’s week to the planner, and their own to a technician', async () => {
    const week = await planner('GET', '/api/time/weeks/2027-03-01');
    expect(week.status).toBe(200);
    const sylvie = week.body.people.find((person: { personId: string }) => person.personId === technicianId);
    expect(sylvie.name).toBe('Sylvie Caron');
    expect(sylvie.plannedMinutes).toBe(240 + 390);
    expect(sylvie.shifts).toHaveLength(2);
    expect(sylvie.approved).toBeNull();
    const own = await technician('GET', '/api/time/weeks/2027-03-01');
    expect(own.status).toBe(200);
    expect(own.body.people.map((person: { personId: string }) => person.personId)).toEqual([technicianId]);
    expect((await technician('GET', `/api/time/weeks/2027-03-01?personId=${intermittentId}`)).status).toBe(
      404,
    );
    expect((await planner('GET', '/api/time/weeks/2027-03-02')).status).toBe(400);
  }, 60_000);

  it('shows the shifts in the person’s planning, with their work', async () => {
    const agenda = await planner('GET', `/api/agenda/person/${technicianId}?from=2027-03-02&to=2027-03-02`);
    expect(agenda.status).toBe(200);
    expect(
      agenda.body.days[0].items.map(({ title, start, end }: Record<string, string>) => [title, start, end]),
    ).toEqual([
      ['Maintenance', '08:00', '12:00'],
      ['Montage', '13:00', '20:00'],
    ]);
  }, 60_000);

  it('puts the shifts in the person’s calendar feed, at their times in Paris', async () => {
    const created = await planner('POST', '/api/feeds', { selection: { kind: 'person', id: technicianId } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const feed = await fetch(created.body.url);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    const onTheDay = events
      .filter((event) => event.startDate.toString().startsWith('2027-03-02'))
      .map((event) => [
        event.summary,
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
      ]);
    // Paris in March, before summer time, is at UTC+1.
    expect(onTheDay).toEqual([
      ['Maintenance', '2027-03-02T07:00:00.000Z', '2027-03-02T11:00:00.000Z'],
      ['Montage', '2027-03-02T12:00:00.000Z', '2027-03-02T19:00:00.000Z'],
    ]);
  }, 60_000);

  it('changes a shift on the version read, and removes it', async () => {
    const planned = await planner('POST', '/api/time/shifts', {
      personId: intermittentId,
      work: 'rehearsal',
      planned: times('2027-03-09', '14:00', '18:00'),
    });
    expect(planned.status).toBe(201);
    const { shiftId } = planned.body.shift;
    const moved = await planner('PUT', `/api/time/shifts/${shiftId}`, {
      personId: intermittentId,
      work: 'rehearsal',
      planned: times('2027-03-10', '14:00', '19:00'),
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.shift).toMatchObject({ day: '2027-03-10', version: 2 });
    const stale = await planner('PUT', `/api/time/shifts/${shiftId}`, {
      personId: intermittentId,
      work: 'rehearsal',
      planned: times('2027-03-10', '14:00', '18:00'),
      version: 1,
    });
    expect(stale.status).toBe(412);
    const week = await planner('GET', `/api/time/weeks/2027-03-08?personId=${intermittentId}`);
    expect(week.body.people[0].plannedMinutes).toBe(300);
    expect((await planner('DELETE', `/api/time/shifts/${shiftId}?version=2`)).status).toBe(204);
    const after = await planner('GET', `/api/time/weeks/2027-03-08?personId=${intermittentId}`);
    expect(after.body.people[0]).toMatchObject({ plannedMinutes: 0, shifts: [] });
  }, 60_000);

  it('lists candidates, the skilled and the free first', async () => {
    const query = new URLSearchParams({
      startsAt: at('2027-03-02', '09:00'),
      endsAt: at('2027-03-02', '11:00'),
      skill: 'sound',
    });
    const candidates = await planner('GET', `/api/time/candidates?${query}`);
    expect(candidates.status).toBe(200);
    expect(candidates.body.people.map((person: { personId: string }) => person.personId)).toEqual([
      intermittentId,
      technicianId,
    ]);
    expect(candidates.body.people[1]).toMatchObject({ free: false, busyWith: 'shift' });
    expect(candidates.body.people[0]).toMatchObject({ free: true, skills: ['sound'] });
  }, 60_000);
});
