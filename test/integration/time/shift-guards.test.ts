import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeKeys } from '#infra/definitions/school-table';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

const at = (day: string, time: string) => `${day}T${time}:00+01:00`;

/**
 * What guards a shift beyond its rules: the person's planning (an activity there refuses the shift, a shift there
 * refuses the activity: `person_busy` and the planning's own refusal), the production it serves (named on the
 * shift, or refused when it does not exist), the approved week (locked), and the events and audit entries each
 * change writes with it.
 */
describe('shifts among the planning, the productions and the approved weeks', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let head: Request;
  let personId: string;
  let projectId: string;
  let activityId: string;

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    planner = school.request;
    head = await school.as('direction.demo');
    const directory = demoDirectory(school.school);
    personId = directory.people.filter((person) => person.profiles.includes('teacher'))[3]
      ?.personId as string;
    const contract = await planner('PUT', `/api/time/people/${personId}/contract`, {
      kind: 'private-idcc-1285',
      weeklyHours: 35,
      skills: ['stage', 'rigging'],
      from: '2026-09-01',
    });
    expect(contract.status).toBe(200);
    const project = await planner('POST', '/api/projects', {
      kind: 'production',
      name: 'Concert de printemps',
      members: [{ personId, role: 'régisseur' }],
    });
    expect(project.status).toBe(201);
    projectId = project.body.id;
    const activity = await planner('POST', `/api/projects/${projectId}/activities`, {
      title: 'Générale',
      schedule: { kind: 'once', date: '2027-03-16', start: '19:00', end: '21:00' },
      personIds: [personId],
    });
    expect(activity.status).toBe(201);
    activityId = activity.body.activity.id;
  }, 300_000);
  afterAll(() => school?.stop());

  it('refuses a shift while the person’s planning holds an activity, and an activity over a shift', async () => {
    const busy = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'rehearsal',
      planned: { startsAt: at('2027-03-16', '20:00'), endsAt: at('2027-03-16', '23:30') },
    });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('person_busy');
    const shift = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'set-up',
      link: { projectId, activityId },
      planned: { startsAt: at('2027-03-16', '14:00'), endsAt: at('2027-03-16', '18:00') },
    });
    expect(shift.status).toBe(201);
    expect(shift.body.shift).toMatchObject({
      projectName: 'Concert de printemps',
      link: { projectId, activityId },
    });
    const over = await planner('POST', `/api/projects/${projectId}/activities`, {
      title: 'Raccord',
      schedule: { kind: 'once', date: '2027-03-16', start: '15:00', end: '16:00' },
      personIds: [personId],
    });
    expect(over.status).toBe(409);
    const agenda = await planner('GET', `/api/agenda/person/${personId}?from=2027-03-16&to=2027-03-16`);
    expect(agenda.body.days[0].items.map(({ title }: { title: string }) => title)).toEqual([
      'Montage — Concert de printemps',
      'Générale',
    ]);
    const shifts = await planner('GET', `/api/time/projects/${projectId}/shifts`);
    expect(shifts.status).toBe(200);
    expect(shifts.body.shifts.map((each: { shiftId: string }) => each.shiftId)).toEqual([
      shift.body.shift.shiftId,
    ]);
  }, 60_000);

  it('refuses a link to a production that does not exist, or an activity of another', async () => {
    const nowhere = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'strike',
      link: { projectId: 'no-such-production' },
      planned: { startsAt: at('2027-03-17', '09:00'), endsAt: at('2027-03-17', '13:00') },
    });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error).toMatchObject({ field: 'link.projectId' });
    expect(nowhere.body.error.errors[0].code).toBe('link_invalid');
  }, 60_000);

  it('writes the events and audit entries of a shift planned, changed and removed', async () => {
    const planned = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'maintenance',
      planned: { startsAt: at('2027-03-18', '09:00'), endsAt: at('2027-03-18', '13:00'), breakMinutes: 0 },
    });
    const { shiftId } = planned.body.shift;
    const changed = await planner('PUT', `/api/time/shifts/${shiftId}`, {
      personId,
      work: 'maintenance',
      planned: { startsAt: at('2027-03-18', '09:00'), endsAt: at('2027-03-18', '14:00'), breakMinutes: 0 },
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect((await planner('DELETE', `/api/time/shifts/${shiftId}?version=2`)).status).toBe(204);
    const events = (await outboxEvents(school, 'Shift')).filter((event) => event.shiftId === shiftId);
    expect(events.map(({ type }) => type).sort()).toEqual(['ShiftChanged', 'ShiftPlanned', 'ShiftRemoved']);
    expect(events.find(({ type }) => type === 'ShiftChanged')).toMatchObject({
      personId,
      day: '2027-03-18',
      previousDay: '2027-03-18',
      version: 2,
    });
    const trail = await head('GET', `/api/audit?subject=${shiftId}`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map(({ action }: { action: string }) => action).sort()).toEqual([
      'shift.changed',
      'shift.planned',
      'shift.removed',
    ]);
  }, 60_000);

  it('refuses to plan, change or remove a shift in an approved week', async () => {
    const planned = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'maintenance',
      planned: { startsAt: at('2027-03-23', '09:00'), endsAt: at('2027-03-23', '13:00') },
    });
    expect(planned.status).toBe(201);
    // The approval is part T22's: set here as its route does, on the week item.
    await school.documents.send(
      new UpdateCommand({
        TableName: school.tableName,
        Key: timeKeys.week(personId, '2027-03-22'),
        UpdateExpression: 'SET approvedAt = :at, approvedBy = :by ADD version :one',
        ExpressionAttributeValues: { ':at': '2027-03-29T08:00:00.000Z', ':by': 'someone', ':one': 1 },
      }),
    );
    const another = await planner('POST', '/api/time/shifts', {
      personId,
      work: 'maintenance',
      planned: { startsAt: at('2027-03-24', '09:00'), endsAt: at('2027-03-24', '13:00') },
    });
    expect(another.status).toBe(409);
    expect(another.body.error.code).toBe('week_approved');
    const { shiftId } = planned.body.shift;
    const removed = await planner('DELETE', `/api/time/shifts/${shiftId}?version=1`);
    expect(removed.status).toBe(409);
    expect(removed.body.error.code).toBe('week_approved');
    const week = await planner('GET', `/api/time/weeks/2027-03-22?personId=${personId}`);
    expect(week.body.people[0]).toMatchObject({
      plannedMinutes: 240,
      approved: { at: '2027-03-29T08:00:00.000Z', by: 'someone' },
    });
  }, 60_000);
});
