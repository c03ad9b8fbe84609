import { byTime } from '#domain/planning/read-agenda';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import type { BookingPorts } from './booking-ports';
import { roomBookingsProjectId } from './room-bookings-project';

/** How far ahead a student's own bookings are listed: the longest horizon a rule may give. */
const daysListed = 120;

/** A student's confirmed bookings from today on, soonest first, and their requests, newest first. */
export const ownBookings = async (studentId: string, today: string, ports: BookingPorts) => {
  const [entries, requests] = await Promise.all([
    ports.planning.planning.agenda({ kind: 'person', id: studentId }, today, plusDays(today, daysListed)),
    ports.bookings.requests({ studentId }),
  ]);
  const booked = entries.filter((entry) => entry.projectId === roomBookingsProjectId).sort(byTime);
  const places = await ports.planning.directory.places(booked.flatMap(({ placeIds }) => placeIds));
  const nameOf = new Map(places.map((place) => [place.id, place.name]));
  return {
    bookings: booked.map(({ activityId, placeIds: [placeId = ''], date, start, end }) => ({
      activityId,
      placeId,
      placeName: nameOf.get(placeId) ?? '',
      date,
      start,
      end,
    })),
    requests: requests.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
};
