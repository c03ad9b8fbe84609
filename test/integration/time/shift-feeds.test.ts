import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/** A shift's times on a day of March 2027, in Paris (UTC+1 before summer time). */
const planned = (day: string, start: string, end: string) => ({
  startsAt: `${day}T${start}:00+01:00`,
  endsAt: `${day}T${end}:00+01:00`,
  breakMinutes: 0,
});

/**
 * A technician's portal and calendar feed follow their contract and shifts. `/api/me` says whether a staff member
 * has a time contract (the menu's « Mes heures »). Their feed follows their shifts as a planning change: the bus rule `regenerate-shared-plannings`
 * takes the time module's ShiftPlanned, ShiftChanged and ShiftRemoved, and writes again the feed of the shift's
 * person. The feed is read as a calendar app reads it: its signed link, served from the site bucket.
 */
describe('a technician’s portal and calendar feed follow their contract and shifts', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let technician: Request;
  let technicianId: string;

  /** The shifts' events of the feed, as [summary, start, end] in UTC, read from the bucket through its link. */
  const shiftsInFeed = async (url: string) => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    return new ICAL.Component(ICAL.parse(await response.text()))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .filter((event) => event.uid.startsWith('shift#'))
      .map((event) => [
        event.summary,
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
      ]);
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    planner = school.request;
    technician = await school.as('vie-scolaire.demo');
    technicianId = school.demoAccounts.find(({ username }) => username === 'vie-scolaire.demo')
      ?.personId as string;
  }, 300_000);
  afterAll(() => school?.stop());

  it('tells the portal whether a staff member has a time contract, for « Mes heures » in their menu', async () => {
    const before = await technician('GET', '/api/me');
    expect(before.status).toBe(200);
    expect(before.body.hasTimeContract).toBe(false);
    const contract = await planner('PUT', `/api/time/people/${technicianId}/contract`, {
      kind: 'private-idcc-1285',
      weeklyHours: 35,
      skills: ['lighting'],
      from: '2026-09-01',
    });
    expect(contract.status).toBe(200);
    expect((await technician('GET', '/api/me')).body.hasTimeContract).toBe(true);
    // A planner is no staff member: their own hours are not asked for.
    expect((await planner('GET', '/api/me')).body.hasTimeContract).toBe(false);
  }, 60_000);

  // The contract is the test's above.
  it('shows a shift planned after the feed was made, moves it when it changes and drops it when removed', async () => {
    // 1. The technician takes their own feed first: no shift in it yet.
    const feed = await technician('POST', '/api/feeds', { selection: { kind: 'person', id: technicianId } });
    expect(feed.status, JSON.stringify(feed.body)).toBe(201);
    const { url } = feed.body as { url: string };
    expect(await shiftsInFeed(url)).toEqual([]);

    // 2. A shift planned: the feed is written again with it.
    const shift = await planner('POST', '/api/time/shifts', {
      personId: technicianId,
      work: 'maintenance',
      planned: planned('2027-03-16', '09:00', '13:00'),
    });
    expect(shift.status, JSON.stringify(shift.body)).toBe(201);
    const { shiftId } = shift.body.shift as { shiftId: string };
    await school.eventsDelivered();
    await expect
      .poll(() => shiftsInFeed(url))
      .toEqual([['Maintenance', '2027-03-16T08:00:00.000Z', '2027-03-16T12:00:00.000Z']]);

    // 3. Moved to the next day, later: the feed shows it there, and no longer on the first day.
    const moved = await planner('PUT', `/api/time/shifts/${shiftId}`, {
      personId: technicianId,
      work: 'maintenance',
      planned: planned('2027-03-17', '14:00', '18:00'),
      version: 1,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await school.eventsDelivered();
    await expect
      .poll(() => shiftsInFeed(url))
      .toEqual([['Maintenance', '2027-03-17T13:00:00.000Z', '2027-03-17T17:00:00.000Z']]);

    // 4. Removed: the feed drops it.
    expect((await planner('DELETE', `/api/time/shifts/${shiftId}?version=2`)).status).toBe(204);
    await school.eventsDelivered();
    await expect.poll(() => shiftsInFeed(url)).toEqual([]);
    expect(school.deadLetters).toEqual([]);
  }, 120_000);
});
