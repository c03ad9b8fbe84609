import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDays, todayInParis } from '../../support/dates';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

const today = todayInParis();
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
  let rooms: { studio: string; pianoStudio: string; rehearsal: string; hall: string; office: string };
  let studentId: string;

  const book = (placeId: string, date: string, start: string, end: string) =>
    student('POST', '/api/bookings', { placeId, date, start, end });
  const options = async (query: string) => (await student('GET', `/api/bookings/options?${query}`)).body;
  const optionIds = async (query: string) =>
    (await options(query)).items.map(({ id }: { id: string }) => id) as string[];
  const mine = async () => (await student('GET', '/api/bookings/mine')).body;
  const eventsOf = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

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
      pianoStudio: await create({
        name: 'Studio 8',
        kind: 'practice-room',
        capacity: 4,
        equipment: [{ type: 'grand-piano', quantity: 1 }],
        bookable: true,
      }),
      rehearsal: await create({ name: 'Salle de répétition', kind: 'rehearsal-room', bookable: true }),
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
    const booked = await book(rooms.studio, nextWeek(2), '10:00', '11:00');
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('confirmed');
    expect(await week(nextWeek(2))).toMatchObject([
      { title: 'Travail personnel', start: '10:00', placeIds: [rooms.studio] },
    ]);

    const again = await book(rooms.studio, nextWeek(2), '10:30', '11:30');
    expect(again.status).toBe(409);
  });

  it('offers the free rooms of the rights that fit, each to confirm at once or to request', async () => {
    const span = `date=${nextWeek(2)}&start=14:00&end=15:00`;
    expect(await options(span)).toEqual({
      rights: true,
      items: [
        expect.objectContaining({ id: rooms.studio, name: 'Studio 7', outcome: 'confirm', limits: [] }),
        expect.objectContaining({ id: rooms.pianoStudio, capacity: 4, outcome: 'confirm', limits: [] }),
      ],
      week: { monday: nextWeek(1), bookedMinutes: 60, allowedMinutes: 120 },
    });
    expect(await optionIds(`${span}&capacity=3`)).toEqual([rooms.pianoStudio]);
    expect(await optionIds(`${span}&equipment=grand-piano`)).toEqual([rooms.pianoStudio]);
    expect(await optionIds(`date=${nextWeek(2)}&start=10:30&end=11:30`)).toEqual([rooms.pianoStudio]);

    const beyond = plusDays(nextWeek(2), 14);
    expect((await options(`date=${beyond}&start=14:00&end=15:00`)).items).toEqual([
      expect.objectContaining({
        id: rooms.studio,
        outcome: 'request',
        limits: [{ code: 'horizon', daysAhead: 14 }],
      }),
      expect.objectContaining({
        id: rooms.pianoStudio,
        outcome: 'request',
        limits: [{ code: 'horizon', daysAhead: 14 }],
      }),
    ]);
  });

  it('lists the student’s own coming bookings and requests', async () => {
    const beyond = plusDays(nextWeek(2), 14);
    const asked = await book(rooms.pianoStudio, beyond, '14:00', '15:00');
    expect(asked.status).toBe(202);
    expect(asked.body.request.limits).toEqual([{ code: 'horizon', daysAhead: 14 }]);

    const own = await mine();
    expect(own.bookings).toEqual([
      {
        activityId: expect.any(String),
        placeId: rooms.studio,
        placeName: 'Studio 7',
        date: nextWeek(2),
        start: '10:00',
        end: '11:00',
      },
    ]);
    expect(own.requests[0]).toMatchObject({
      requestId: asked.body.request.requestId,
      placeName: 'Studio 8',
      date: beyond,
      status: 'pending',
    });
    const planners = await planner('GET', '/api/bookings/mine');
    expect(planners.status).toBe(403);
  });

  it('gives no rights, nor rooms, to a student whose level no rule serves', async () => {
    const { body: saved } = await planner('GET', '/api/booking-rules');
    await planner('PUT', '/api/booking-rules', {
      rules: saved.rules.map((rule: { levels: string[] }) => ({ ...rule, levels: ['Cycle 3'] })),
    });
    try {
      expect(await options(`date=${nextWeek(2)}&start=14:00&end=15:00`)).toEqual({
        rights: false,
        items: [],
        week: { monday: nextWeek(1), bookedMinutes: 60, allowedMinutes: null },
      });
      const refused = await book(rooms.studio, nextWeek(2), '14:00', '15:00');
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('no_rights');
    } finally {
      await planner('PUT', '/api/booking-rules', saved);
    }
  });

  it('refuses a room outside the curriculum’s rights, or closed to bookings, saying why', async () => {
    const hall = await book(rooms.hall, nextWeek(3), '10:00', '11:00');
    expect(hall.status).toBe(403);
    expect(hall.body.error.code).toBe('room_kind');
    const rehearsal = await book(rooms.rehearsal, nextWeek(3), '10:00', '11:00');
    expect(rehearsal.body.error.code).toBe('room_kind');
    expect(await optionIds(`date=${nextWeek(3)}&start=10:00&end=11:00`)).toEqual([
      rooms.studio,
      rooms.pianoStudio,
    ]);
    const office = await book(rooms.office, nextWeek(3), '10:00', '11:00');
    expect(office.status).toBe(403);
    expect(office.body.error.code).toBe('not_bookable');
    const yesterday = await book(rooms.studio, plusDays(today, -1), '10:00', '11:00');
    expect(yesterday.status).toBe(403);
    expect(yesterday.body.error.code).toBe('past_day');
  });

  it('turns a booking beyond the limits into a request a planner answers, each step announced', async () => {
    const late = await book(rooms.studio, nextWeek(3), '20:00', '21:00');
    expect(late.status).toBe(202);
    expect(late.body.request).toMatchObject({
      status: 'pending',
      limits: [{ code: 'window' }],
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

    const overQuota = await book(rooms.studio, nextWeek(4), '14:00', '15:30');
    expect(overQuota.body.request.limits).toEqual([{ code: 'hours', hoursPerWeek: 2 }]);
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

    const events = await outboxEvents(school, 'BookingRequest');
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'BookingRequested',
          requestId: late.body.request.requestId,
          limits: [{ code: 'window' }],
        }),
        expect.objectContaining({
          type: 'BookingRequestAnswered',
          requestId: late.body.request.requestId,
          status: 'approved',
          activityId: approved.body.activityId,
        }),
        expect.objectContaining({
          type: 'BookingRequestAnswered',
          requestId: overQuota.body.request.requestId,
          status: 'refused',
        }),
      ]),
    );
    // The planner's reason stays in the school's table, for the student and the planners.
    expect(JSON.stringify(events)).not.toContain('examens');
  });

  it('settles two planners answering one request at once: approved with the room booked, or refused with it free', async () => {
    const late = await book(rooms.pianoStudio, nextWeek(5), '20:00', '21:00');
    expect(late.status).toBe(202);
    const answer = (body: unknown) =>
      planner('POST', `/api/booking-requests/${late.body.request.requestId}/answer`, body);
    const answers = await Promise.all([
      answer({ decision: 'approve' }),
      answer({ decision: 'refuse', reason: 'Salle prise par un jury' }),
    ]);
    expect(answers.filter(({ status }) => status === 200)).toHaveLength(1);

    const [request] = (await student('GET', '/api/booking-requests')).body.items.filter(
      ({ requestId }: { requestId: string }) => requestId === late.body.request.requestId,
    );
    const booked = (await week(nextWeek(5))).filter(({ placeIds }) => placeIds.includes(rooms.pianoStudio));
    expect(booked).toHaveLength(request.status === 'approved' ? 1 : 0);
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
    expect(
      (await mine()).bookings.map((booking: { activityId: string }) => booking.activityId),
    ).not.toContain(activityId);
  });

  it('puts a booking in the student’s calendar feed, and takes it out when cancelled', async () => {
    const feed = await student('POST', '/api/feeds', { selection: { kind: 'person', id: studentId } });
    expect(feed.status).toBe(201);
    const day = plusDays(nextWeek(1), 7);
    const booked = await book(rooms.pianoStudio, day, '09:00', '10:00');
    expect(booked.status).toBe(201);
    await school.eventsDelivered();
    const practice = async () =>
      eventsOf(await (await fetch(feed.body.url)).text()).filter(
        ({ summary }) => summary === 'Travail personnel',
      );
    expect((await practice()).map(({ startDate }) => startDate.toString())).toContain(`${day}T09:00:00`);

    await student('DELETE', `/api/bookings/${booked.body.activity.id}`);
    await school.eventsDelivered();
    expect((await practice()).map(({ startDate }) => startDate.toString())).not.toContain(`${day}T09:00:00`);
  });

  it('refuses bad input with the field and the reason', async () => {
    const backwards = await book(rooms.studio, nextWeek(5), '11:00', '10:00');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.field).toBe('end');
    const teacherBooks = await (await school.as('prof.demo'))('POST', '/api/bookings', {
      placeId: rooms.studio,
      date: nextWeek(5),
      start: '10:00',
      end: '11:00',
    });
    expect(teacherBooks.status).toBe(403);
    expect(
      (await student('GET', `/api/bookings/options?date=${nextWeek(5)}&start=11:00&end=10:00`)).body.error,
    ).toMatchObject({
      code: 'invalid_input',
      field: 'end',
    });
    expect(
      (await student('GET', `/api/bookings/options?date=${plusDays(today, -1)}&start=10:00&end=11:00`)).body
        .error,
    ).toMatchObject({
      field: 'date',
    });
    expect((await student('GET', '/api/bookings/options?date=tomorrow&start=10:00&end=11:00')).status).toBe(
      400,
    );
  });
});
