import { describe, expect, it } from 'vitest';
import { bookRoom } from '#domain/booking/book-room';
import { OwnActivityError } from '#domain/booking/booking-errors';
import type { BookingRule } from '#domain/booking/booking-rule';
import { roomBookingsProjectId } from '#domain/booking/room-bookings-project';
import type { Actor } from '#domain/identity/actor';
import type { Person, SchoolClass } from '#domain/people/person';
import type { Place } from '#domain/places/place';
import type { Project } from '#domain/planning/project';
import { scheduleActivity } from '#domain/planning/schedule-activity';
import { inMemoryBookingPorts } from '../../support/in-memory-booking';

const practiceRoom = (id: string, name: string): Place => ({
  id,
  name,
  kind: 'practice-room',
  capacity: 2,
  equipment: [{ type: 'upright-piano', quantity: 1 }],
  site: 'Conservatoire',
  bookable: true,
  status: 'active',
  version: 1,
  createdAt: '2026-08-01T08:00:00.000Z',
  updatedAt: '2026-08-01T08:00:00.000Z',
});

const cycle2: SchoolClass = { classId: 'piano-c2', label: 'Piano cycle 2', level: 'Cycle 2' };

const lea: Person = {
  personId: 'lea',
  firstName: 'Léa',
  lastName: 'Martin',
  profiles: ['student'],
  classId: 'piano-c2',
  version: 1,
};

const asLea: Actor = {
  personId: 'lea',
  username: 'lea.martin',
  firstName: 'Léa',
  lastName: 'Martin',
  profiles: ['student'],
};

/** Cycle 2 pianists may book practice rooms 2 hours a week, up to 14 days ahead, weekdays 08:00–20:00. */
const twoHoursAWeek: BookingRule = {
  label: 'Pianistes de cycle 2',
  levels: ['Cycle 2'],
  placeKinds: ['practice-room'],
  hoursPerWeek: 2,
  daysAhead: 14,
  windows: [{ weekdays: [1, 2, 3, 4, 5], from: '08:00', to: '20:00' }],
};

/** On Monday 14 September 2026 at 09:00, school time. */
const now = '2026-09-14T09:00';

const conservatoire = async () => {
  const booking = inMemoryBookingPorts(
    {
      places: [practiceRoom('p1', 'Cabine 1'), practiceRoom('p2', 'Cabine 2')],
      people: [lea],
      classes: [cycle2],
    },
    new Date('2026-09-14T07:00:00.000Z'),
  );
  await booking.ports.bookings.saveRules([twoHoursAWeek]);
  return booking;
};

const slot = (placeId: string, date: string, start: string, end: string) => ({ placeId, date, start, end });

describe('room bookings through in-memory ports', () => {
  it('confirms a booking within the rule: the room and the student’s planning hold it', async () => {
    const { ports } = await conservatoire();

    const booked = await bookRoom(slot('p1', '2026-09-15', '10:00', '11:00'), asLea, now, ports);

    expect(booked.status).toBe('confirmed');
    const room = await ports.planning.planning.agenda(
      { kind: 'place', id: 'p1' },
      '2026-09-15',
      '2026-09-15',
    );
    const own = await ports.planning.planning.agenda(
      { kind: 'person', id: 'lea' },
      '2026-09-15',
      '2026-09-15',
    );
    expect(room.map((entry) => [entry.projectId, entry.start, entry.end])).toEqual([
      [roomBookingsProjectId, '10:00', '11:00'],
    ]);
    expect(own).toEqual(room);
  });

  it('turns the booking past the weekly hours into a request for a planner, booking nothing more', async () => {
    const { ports } = await conservatoire();
    await bookRoom(slot('p1', '2026-09-15', '10:00', '11:00'), asLea, now, ports);
    await bookRoom(slot('p2', '2026-09-16', '10:00', '11:00'), asLea, now, ports);

    const third = await bookRoom(slot('p1', '2026-09-17', '10:00', '11:00'), asLea, now, ports);

    expect(third.status).toBe('pending');
    expect(third.status === 'pending' && third.request.limits).toEqual([{ code: 'hours', hoursPerWeek: 2 }]);
    expect(await ports.bookings.requests({ status: 'pending' })).toHaveLength(1);
    const week = await ports.planning.planning.agenda(
      { kind: 'person', id: 'lea' },
      '2026-09-14',
      '2026-09-20',
    );
    expect(week.map((entry) => entry.date)).toEqual(['2026-09-15', '2026-09-16']);
  });

  it('counts the hours week by week: next week’s booking is confirmed again', async () => {
    const { ports } = await conservatoire();
    await bookRoom(slot('p1', '2026-09-15', '10:00', '12:00'), asLea, now, ports);

    const nextWeek = await bookRoom(slot('p1', '2026-09-22', '10:00', '11:00'), asLea, now, ports);

    expect(nextWeek.status).toBe('confirmed');
  });

  it('of bookings sent at once past the weekly hours, confirms what fits and makes the rest a request', async () => {
    const { ports } = await conservatoire();

    const answers = await Promise.all([
      bookRoom(slot('p1', '2026-09-15', '10:00', '11:30'), asLea, now, ports),
      bookRoom(slot('p2', '2026-09-16', '10:00', '11:30'), asLea, now, ports),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual(['confirmed', 'pending']);
    const week = await ports.planning.planning.agenda(
      { kind: 'person', id: 'lea' },
      '2026-09-14',
      '2026-09-20',
    );
    expect(week).toHaveLength(1);
  });

  it('refuses a booking over the student’s own course, naming the course', async () => {
    const { ports } = await conservatoire();
    const course: Project = {
      id: 'piano-course',
      kind: 'course',
      name: 'Piano',
      description: '',
      status: 'confirmed',
      members: [],
      classIds: ['piano-c2'],
      documents: [],
      createdAt: '2026-08-01T08:00:00.000Z',
      updatedAt: '2026-08-01T08:00:00.000Z',
      version: 1,
    };
    await ports.planning.projects.add(course, []);
    await scheduleActivity(
      'piano-course',
      {
        title: 'Cours de piano',
        schedule: { kind: 'once', date: '2026-09-15', start: '10:00', end: '11:00' },
        placeIds: [],
        personIds: [],
        classIds: ['piano-c2'],
        equipmentIds: [],
        acceptConflicts: false,
      },
      ports.planning,
    );

    const overCourse = bookRoom(slot('p1', '2026-09-15', '10:30', '11:30'), asLea, now, ports);

    const error = await overCourse.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OwnActivityError);
    const room = await ports.planning.planning.agenda(
      { kind: 'place', id: 'p1' },
      '2026-09-15',
      '2026-09-15',
    );
    expect(room).toEqual([]);
  });
});
