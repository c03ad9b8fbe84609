import { mondayOf, plusDays } from '../planning/calendar-days';
import { minutesOf } from '../planning/time-of-day';
import type { BookingPorts } from './booking-ports';
import { roomBookingsProjectId } from './room-bookings-project';

/** Booked minutes of a student in the ISO week of a day: the quota counts confirmed bookings. */
export const minutesBookedThatWeek = async (studentId: string, date: string, ports: BookingPorts) => {
  const monday = mondayOf(date);
  const entries = await ports.planning.planning.agenda(
    { kind: 'person', id: studentId },
    monday,
    plusDays(monday, 6),
  );
  return entries
    .filter((entry) => entry.projectId === roomBookingsProjectId)
    .reduce((sum, entry) => sum + minutesOf(entry.end) - minutesOf(entry.start), 0);
};
