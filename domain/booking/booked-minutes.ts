import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import { minutesOf } from '#domain/shared/calendar/time-of-day';
import type { BookingPorts } from './booking-ports';
import { roomBookingsProjectId } from './room-bookings-project';

/** A student's week, by its Monday, as the weekly hours of the booking rules count it. */
export interface BookedWeek {
  personId: string;
  monday: string;
}

/** The minutes of room bookings in one person's planning. */
export const bookedMinutesOf = (entries: readonly AgendaEntry[]) =>
  entries
    .filter((entry) => entry.projectId === roomBookingsProjectId)
    .reduce((sum, entry) => sum + minutesOf(entry.end) - minutesOf(entry.start), 0);

/**
 * How a change of the planning moves each person's booked minutes, week by week: what it adds minus what it
 * removes, among room bookings only. Weeks it leaves as they were are left out (a booking moved within its week).
 */
export const bookedMinutesChanges = (
  add: readonly AgendaEntry[],
  remove: readonly AgendaEntry[],
): (BookedWeek & { minutes: number })[] => {
  const weeks = new Map<string, BookedWeek & { minutes: number }>();
  const count = (entries: readonly AgendaEntry[], sign: 1 | -1) => {
    for (const entry of entries) {
      if (entry.projectId !== roomBookingsProjectId) continue;
      const monday = mondayOf(entry.date);
      for (const personId of entry.personIds) {
        const key = `${personId}#${monday}`;
        const week = weeks.get(key) ?? { personId, monday, minutes: 0 };
        week.minutes += sign * (minutesOf(entry.end) - minutesOf(entry.start));
        weeks.set(key, week);
      }
    }
  };
  count(add, 1);
  count(remove, -1);
  return [...weeks.values()].filter(({ minutes }) => minutes !== 0);
};

/**
 * Booked minutes of a student in the ISO week of a day: the quota counts confirmed bookings. The store's counter
 * holds them; a week nobody booked in since the counters came is counted from the student's planning.
 */
export const minutesBookedThatWeek = async (studentId: string, date: string, ports: BookingPorts) => {
  const monday = mondayOf(date);
  const counted = await ports.bookings.bookedMinutes({ personId: studentId, monday });
  if (counted !== undefined) return counted;
  const entries = await ports.planning.planning.agenda(
    { kind: 'person', id: studentId },
    monday,
    plusDays(monday, 6),
  );
  return bookedMinutesOf(entries);
};
