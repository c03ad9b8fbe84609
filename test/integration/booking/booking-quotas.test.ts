import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlotTakenError } from '#domain/planning/planning-errors';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { bookingKeys } from '#infra/definitions/school-table';
import { plusDays, todayInParis } from '../../support/dates';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];
type Answer = Awaited<ReturnType<Request>>;

const today = todayInParis();
/** The Monday of the week after this one, and the Mondays after it. */
const nextMonday = plusDays(today, 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
const mondayIn = (weeks: number) => plusDays(nextMonday, 7 * weeks);
/** Ten one-hour spans of a day, 08:00 to 18:00. */
const tenHours = Array.from({ length: 10 }, (_, index) => {
  const hour = String(8 + index).padStart(2, '0');
  const next = String(9 + index).padStart(2, '0');
  return { start: `${hour}:00`, end: `${next}:00` };
});

/**
 * The limits of room booking hold when a student's requests arrive at once: the weekly hours of their rule and
 * their class's courses are conditions of the booking's own write, not reads before it.
 */
describe('booking limits held by the database', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let student: Request;
  let studentId: string;
  let classId: string;
  let rooms: { a: string; b: string };

  const book = (placeId: string, date: string, start: string, end: string) =>
    student('POST', '/api/bookings', { placeId, date, start, end });
  /** The week's booked minutes as the student sees them when looking for a room. */
  const bookedMinutesShown = async (monday: string) =>
    (await student('GET', `/api/bookings/options?date=${monday}&start=07:00&end=08:00`)).body.week
      .bookedMinutes as number;
  /** The count the database holds. */
  const bookedMinutesStored = async (monday: string) => {
    const { Item } = await school.documents.send(
      new GetCommand({
        TableName: school.tableName,
        Key: bookingKeys.bookedMinutes(studentId, monday),
        ConsistentRead: true,
      }),
    );
    return Item?.minutes as number | undefined;
  };
  /** The student's confirmed bookings of a week, as « Mes réservations » lists them. */
  const bookingsOfWeek = async (monday: string) => {
    const { bookings } = (await student('GET', '/api/bookings/mine')).body as {
      bookings: { activityId: string; date: string; start: string; end: string }[];
    };
    return bookings.filter(({ date }) => date >= monday && date <= plusDays(monday, 6));
  };
  const minutesOf = (bookings: { start: string; end: string }[]) =>
    bookings.reduce(
      (sum, { start, end }) =>
        sum +
        (Number(end.slice(0, 2)) * 60 + Number(end.slice(3))) -
        (Number(start.slice(0, 2)) * 60 + Number(start.slice(3))),
      0,
    );
  const statuses = (answers: Answer[]) => answers.map(({ status }) => status).sort();

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' }, { signedInAs: 'planning.demo' });
    planner = school.request;
    student = await school.as('eleve.demo');
    studentId = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    classId = (await planner('GET', `/api/people/${studentId}`)).body.classId;
    const create = async (name: string) =>
      (
        await planner('POST', '/api/places', {
          name,
          kind: 'practice-room',
          site: 'Site Jean-Jaurès',
          capacity: 2,
          bookable: true,
        })
      ).body.id as string;
    rooms = { a: await create('Studio A'), b: await create('Studio B') };
    const rules = await planner('PUT', '/api/booking-rules', {
      rules: [
        {
          label: 'Cycle 1 : studios',
          levels: ['Cycle 1'],
          placeKinds: ['practice-room'],
          hoursPerWeek: 4,
          daysAhead: 60,
          windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '07:00', to: '22:00' }],
        },
      ],
    });
    expect(rules.status).toBe(200);
    expect(classId).toEqual(expect.any(String));
  });
  afterAll(() => school?.stop());

  it('confirms four of ten one-hour bookings sent at once against 4 hours a week, and makes requests of the rest, round after round', async () => {
    for (const round of [0, 1, 2]) {
      const monday = mondayIn(round);
      const tuesday = plusDays(monday, 1);
      const answers = await Promise.all(tenHours.map(({ start, end }) => book(rooms.a, tuesday, start, end)));

      expect(statuses(answers)).toEqual([201, 201, 201, 201, 202, 202, 202, 202, 202, 202]);
      for (const { body } of answers.filter(({ status }) => status === 202)) {
        expect(body.request.limits).toEqual([{ code: 'hours', hoursPerWeek: 4 }]);
      }
      const booked = await bookingsOfWeek(monday);
      expect(booked).toHaveLength(4);
      expect(await bookedMinutesShown(monday)).toBe(240);
      expect(await bookedMinutesStored(monday)).toBe(240);
    }
    // One ActivityScheduled for each confirmed booking, none for the others: a refused write announces nothing.
    const scheduled = await outboxEvents(school, 'ActivityScheduled');
    expect(scheduled).toHaveLength(12);
  });

  it('keeps the count equal to the confirmed bookings through cancellations, approvals and bookings at once', async () => {
    const monday = mondayIn(0);
    const tuesday = plusDays(monday, 1);
    const [first, second, third] = await bookingsOfWeek(monday);

    // The student cancels two, and sends four more at once: two fit again.
    const [cancelled, cancelledToo, ...more] = await Promise.all([
      student('DELETE', `/api/bookings/${first?.activityId}`),
      student('DELETE', `/api/bookings/${second?.activityId}`),
      ...['18:00', '19:00', '20:00', '21:00'].map((start) =>
        book(rooms.b, tuesday, start, `${Number(start.slice(0, 2)) + 1}:00`),
      ),
    ]);
    expect([cancelled.status, cancelledToo.status]).toEqual([200, 200]);
    // Sent with the cancellations, a booking may find the hours still taken: it is a request then, never a 5th.
    const confirmed = more.filter(({ status }) => status === 201).length;
    expect(confirmed).toBeLessThanOrEqual(2);
    expect(statuses(more).every((status) => status === 201 || status === 202)).toBe(true);
    expect(minutesOf(await bookingsOfWeek(monday))).toBe(120 + 60 * confirmed);

    // A planner cancels one through the planning.
    const byPlanner = await planner('POST', `/api/activities/${third?.activityId}/cancel`, { scope: 'all' });
    expect(byPlanner.status).toBe(200);

    // A planner approves a request beyond the hours: it counts.
    const { body: pending } = await student('GET', '/api/booking-requests');
    const beyondHours = pending.items.find(
      ({ date, status }: { date: string; status: string }) => date === tuesday && status === 'pending',
    );
    const approved = await planner('POST', `/api/booking-requests/${beyondHours.requestId}/answer`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);

    const left = await bookingsOfWeek(monday);
    expect(await bookedMinutesShown(monday)).toBe(minutesOf(left));
    expect(await bookedMinutesStored(monday)).toBe(minutesOf(left));

    // Every booking of the week cancelled: nothing counted.
    for (const { activityId } of left) {
      expect((await student('DELETE', `/api/bookings/${activityId}`)).status).toBe(200);
    }
    expect(await bookingsOfWeek(monday)).toEqual([]);
    expect(await bookedMinutesStored(monday)).toBe(0);
    expect(await bookedMinutesShown(monday)).toBe(0);
  });

  it('counts a week booked before the counts came from the student’s planning', async () => {
    const monday = mondayIn(6);
    const friday = plusDays(monday, 4);
    expect((await book(rooms.a, friday, '09:00', '10:00')).status).toBe(201);
    expect((await book(rooms.a, friday, '10:00', '11:00')).status).toBe(201);
    /** As a school that booked before this version of Préau finds its weeks: no count. */
    const forgetCount = () =>
      school.documents.send(
        new DeleteCommand({ TableName: school.tableName, Key: bookingKeys.bookedMinutes(studentId, monday) }),
      );
    await forgetCount();
    expect(await bookedMinutesShown(monday)).toBe(120);

    const answers = await Promise.all(
      ['14:00', '15:00', '16:00', '17:00'].map((start) =>
        book(rooms.b, friday, start, `${Number(start.slice(0, 2)) + 1}:00`),
      ),
    );
    expect(statuses(answers)).toEqual([201, 201, 202, 202]);
    expect(await bookedMinutesStored(monday)).toBe(240);

    await forgetCount();
    const [first] = await bookingsOfWeek(monday);
    expect((await student('DELETE', `/api/bookings/${first?.activityId}`)).status).toBe(200);
    expect(await bookedMinutesStored(monday)).toBe(180);
    expect(minutesOf(await bookingsOfWeek(monday))).toBe(180);
  });

  it('moves the count with a booking a planner moves to another week', async () => {
    const [from, to] = [mondayIn(7), mondayIn(8)];
    const booked = await book(rooms.a, plusDays(from, 1), '10:00', '11:00');
    expect(booked.status).toBe(201);
    const moved = await planner('POST', `/api/activities/${booked.body.activity.id}/move`, {
      seriesDate: plusDays(from, 1),
      scope: 'one',
      to: { date: plusDays(to, 1), start: '10:00', end: '11:30' },
    });
    expect(moved.status).toBe(200);
    expect(await bookedMinutesStored(from)).toBe(0);
    expect(await bookedMinutesStored(to)).toBe(90);
    expect(await bookedMinutesShown(to)).toBe(minutesOf(await bookingsOfWeek(to)));
  });

  it('refuses a room during the student’s own class course, naming the course only, and writes nothing', async () => {
    const teacher = school.demoAccounts.find(({ username }) => username === 'prof.demo')?.personId as string;
    const project = await planner('POST', '/api/projects', {
      kind: 'course',
      name: 'Formation musicale',
      members: [{ personId: teacher, role: 'professeur' }],
      classIds: [classId],
    });
    expect(project.status).toBe(201);
    const monday = mondayIn(4);
    const thursday = plusDays(monday, 3);
    const course = await planner('POST', `/api/projects/${project.body.id}/activities`, {
      title: 'Formation musicale',
      schedule: { kind: 'once', date: thursday, start: '10:00', end: '11:00' },
      placeIds: [],
      personIds: [teacher],
      classIds: [classId],
    });
    expect(course.status).toBe(201);
    const { body: teacherSheet } = await planner('GET', `/api/people/${teacher}`);
    const scheduledBefore = (await outboxEvents(school, 'ActivityScheduled')).length;

    const during = await book(rooms.a, thursday, '10:30', '11:30');
    expect(during.status).toBe(409);
    expect(during.body.error).toMatchObject({
      code: 'own_activity',
      activity: { title: 'Formation musicale', date: thursday, start: '10:00', end: '11:00' },
    });
    expect(JSON.stringify(during.body)).not.toContain(teacherSheet.lastName);
    expect(JSON.stringify(during.body)).not.toContain(teacher);

    // Nothing written: no booking, no count, no event.
    expect(await bookingsOfWeek(monday)).toEqual([]);
    expect(await bookedMinutesStored(monday)).toBeUndefined();
    expect(await outboxEvents(school, 'ActivityScheduled')).toHaveLength(scheduledBefore);

    // The write itself holds it, with no read of the course before: the store refuses the occurrence alone.
    const { dynamoPlanningStore } = await import('#functions/planning/adapters/dynamo-planning-store');
    const store = dynamoPlanningStore(school.tableName);
    const activity = {
      id: 'booking-over-the-course',
      projectId: 'room-bookings',
      title: 'Travail personnel',
      schedule: { kind: 'once' as const, date: thursday, start: '10:30', end: '11:30' },
      placeIds: [rooms.b],
      personIds: [studentId],
      classIds: [],
      equipmentIds: [],
      status: 'planned' as const,
      conflictsAccepted: false,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      version: 1,
    };
    const occurrence = {
      activityId: activity.id,
      projectId: activity.projectId,
      projectKind: 'internal' as const,
      title: activity.title,
      seriesDate: thursday,
      date: thursday,
      start: '10:30',
      end: '11:30',
      startsAt: instantOf(thursday, '10:30', 'Europe/Paris'),
      endsAt: instantOf(thursday, '11:30', 'Europe/Paris'),
      moved: false,
      placeIds: [rooms.b],
      personIds: [studentId],
      classIds: [],
      equipmentIds: [],
    };
    await expect(
      store.save({
        activity,
        expectedVersion: undefined,
        add: [occurrence],
        remove: [],
        guarded: true,
        events: [],
        alsoFree: [{ kind: 'class', id: classId }],
        bookedMinutesAtMost: 240,
      }),
    ).rejects.toBeInstanceOf(SlotTakenError);
    expect(await bookingsOfWeek(monday)).toEqual([]);
    expect(await bookedMinutesStored(monday)).toBeUndefined();

    // Right after the course, the room is the student's.
    expect((await book(rooms.a, thursday, '11:00', '12:00')).status).toBe(201);
    expect(await bookedMinutesStored(monday)).toBe(60);
  });

  it('refuses a booking over the student’s own booking elsewhere, as their own activity', async () => {
    const wednesday = plusDays(mondayIn(5), 2);
    expect((await book(rooms.a, wednesday, '15:00', '16:00')).status).toBe(201);
    const elsewhere = await book(rooms.b, wednesday, '15:30', '16:30');
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error).toMatchObject({
      code: 'own_activity',
      activity: { title: 'Travail personnel', start: '15:00', end: '16:00' },
    });
  });
});
