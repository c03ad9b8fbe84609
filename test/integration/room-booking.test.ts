import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SchoolUnderTest, startSchoolUnderTest } from '../support/school-under-test';

type Request = SchoolUnderTest['request'];

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A weekday of next week (1 = Monday), within the rule's two weeks ahead. */
const nextWeek = (weekday: number) => {
  const monday = plusDays(today, 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  return plusDays(monday, weekday - 1);
};

/** Students book rooms to practise within the rights their curriculum gives them; planners answer the rest. */
describe('room booking by students', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let student: Request;
  let rooms: { studio: string; hall: string; office: string };
  let studentId: string;

  const week = async (date: string) => {
    const { body } = await student('GET', `/api/agenda/person/${studentId}?from=${date}&to=${date}`);
    return body.days[0].items as { title: string; start: string; placeIds: string[] }[];
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' }, { signedInAs: 'planning.demo' });
    planner = school.request;
    student = await school.as('eleve.demo');
    studentId = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    const create = async (place: Record<string, unknown>) =>
      (await planner('POST', '/api/places', { site: 'Site Jean-Jaurès', capacity: 2, ...place })).body
        .id as string;
    rooms = {
      studio: await create({ name: 'Studio 7', kind: 'practice-room', bookable: true }),
      hall: await create({ name: 'Auditorium', kind: 'concert-hall', capacity: 300, bookable: true }),
      office: await create({ name: 'Secrétariat', kind: 'office', bookable: false }),
    };
    const rules = await planner('PUT', '/api/booking-rules', {
      rules: [
        {
          label: 'Cycle 1 : studios de travail',
          levels: ['Cycle 1'],
          placeKinds: ['practice-room'],
          hoursPerWeek: 2,
          daysAhead: 14,
          windows: [{ weekdays: [1, 2, 3, 4, 5, 6], from: '08:00', to: '20:00' }],
        },
      ],
    });
    expect(rules.status).toBe(200);
  });
  afterAll(() => school?.stop());

  it('books a free studio within the rights at once, and shows it in the student’s week', async () => {
    const booked = await student('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(2),
      start: '10:00',
      end: '11:00',
    });
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('confirmed');
    expect(await week(nextWeek(2))).toMatchObject([
      { title: 'Travail personnel', start: '10:00', placeIds: [rooms.studio] },
    ]);

    const again = await student('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(2),
      start: '10:30',
      end: '11:30',
    });
    expect(again.status).toBe(409);
  });

  it('refuses a room outside the curriculum’s rights, or closed to bookings, saying why', async () => {
    const hall = await student('POST', '/api/bookings', {
      placeId: rooms.hall,
      date: nextWeek(3),
      start: '10:00',
      end: '11:00',
    });
    expect(hall.status).toBe(403);
    expect(hall.body.error).toMatchObject({
      code: 'not_in_rights',
      message: 'Your curriculum does not open this kind of room',
    });
    const office = await student('POST', '/api/bookings', {
      placeId: rooms.office,
      date: nextWeek(3),
      start: '10:00',
      end: '11:00',
    });
    expect(office.status).toBe(403);
    expect(office.body.error.code).toBe('not_bookable');
  });

  it('turns a booking beyond the limits into a request that a planner approves or refuses', async () => {
    const late = await student('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(3),
      start: '20:00',
      end: '21:00',
    });
    expect(late.status).toBe(202);
    expect(late.body.request).toMatchObject({
      status: 'pending',
      reasons: ['outside the opening times of these rooms'],
    });

    const pending = await planner('GET', '/api/booking-requests');
    expect(pending.body.items.map(({ requestId }: { requestId: string }) => requestId)).toContain(
      late.body.request.requestId,
    );
    const approved = await planner('POST', `/api/booking-requests/${late.body.request.requestId}/answer`, {
      decision: 'approve',
    });
    expect(approved.body).toMatchObject({ status: 'approved', activityId: expect.any(String) });
    expect((await week(nextWeek(3))).map(({ start }) => start)).toEqual(['20:00']);

    const overQuota = await student('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(4),
      start: '14:00',
      end: '15:30',
    });
    expect(overQuota.body.request.reasons).toEqual(['more than 2 h booked that week']);
    await planner('POST', `/api/booking-requests/${overQuota.body.request.requestId}/answer`, {
      decision: 'refuse',
      reason: 'Studio réservé pour les examens',
    });
    const mine = await student('GET', '/api/booking-requests');
    expect(
      mine.body.items.find(
        ({ requestId }: { requestId: string }) => requestId === overQuota.body.request.requestId,
      ),
    ).toMatchObject({
      status: 'refused',
      answer: 'Studio réservé pour les examens',
    });
  });

  it('lets the student cancel their booking, and nobody else’s', async () => {
    const [booking] = await week(nextWeek(2));
    const { body: activities } = await student(
      'GET',
      `/api/agenda/person/${studentId}?from=${nextWeek(2)}&to=${nextWeek(2)}`,
    );
    const activityId = activities.days[0].items[0].activityId as string;
    expect(booking).toBeDefined();
    const teacher = await school.as('prof.demo');
    expect((await teacher('DELETE', `/api/bookings/${activityId}`)).status).toBe(403);
    expect((await student('DELETE', `/api/bookings/${activityId}`)).status).toBe(200);
    expect(await week(nextWeek(2))).toEqual([]);
  });

  it('refuses bad input with the field and the reason', async () => {
    const backwards = await student('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(5),
      start: '11:00',
      end: '10:00',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.field).toBe('end');
    const teacherBooks = await (await school.as('prof.demo'))('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(5),
      start: '10:00',
      end: '11:00',
    });
    expect(teacherBooks.status).toBe(403);
  });
});
