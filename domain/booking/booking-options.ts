import type { Actor } from '#domain/identity/actor';
import { type FreePlaceQuery, freePlaces } from '#domain/planning/free-places';
import type { PlanningDirectory } from '#domain/planning/planning-ports';
import { mondayOf } from '#domain/shared/calendar/calendar-days';
import { ValidationError } from '#domain/shared/errors';
import { minutesBookedThatWeek } from './booked-minutes';
import type { BookingPorts } from './booking-ports';
import type { BookingRule } from './booking-rule';
import { decideBooking, rulesOf } from './decide-booking';
import { bookerOf } from './student-level';

/**
 * The rooms a student (or a teacher) may book for a time span, each saying whether it is booked at once or asked
 * of a planner: the free places search, over the bookable rooms of the kinds their rules open, weighed as a booking
 * would be.
 */
export const bookingOptions = async (
  query: FreePlaceQuery,
  actor: Pick<Actor, 'personId' | 'profiles'>,
  /** The school's local date and time, `YYYY-MM-DDTHH:MM`. */
  now: string,
  ports: BookingPorts,
) => {
  if (query.date < now.slice(0, 10)) throw new ValidationError('date', 'is past', 'past');
  if (`${query.date}T${query.start}` < now) throw new ValidationError('start', 'is past', 'past');
  const [{ booker }, rules, bookedMinutes] = await Promise.all([
    bookerOf(actor, ports.planning.directory),
    ports.bookings.rules(),
    minutesBookedThatWeek(actor.personId, query.date, ports),
  ]);
  const ofLevel = rulesOf(rules, booker);
  const week = {
    monday: mondayOf(query.date),
    bookedMinutes,
    allowedMinutes:
      ofLevel.length > 0 ? Math.max(...ofLevel.map(({ hoursPerWeek }) => hoursPerWeek * 60)) : null,
  };
  if (ofLevel.length === 0) return { rights: false, items: [], week };
  const free = await freePlaces(query, {
    planning: ports.planning.planning,
    directory: bookableRooms(ports.planning.directory, ofLevel),
  });
  const booking = { date: query.date, start: query.start, end: query.end };
  const items = free.flatMap((place) => {
    const decision = decideBooking(
      { placeId: place.id, ...booking },
      { booker, placeKind: place.kind, now, minutesBookedThatWeek: bookedMinutes },
      rules,
    );
    if (decision.outcome === 'refuse') return [];
    return [
      { ...place, outcome: decision.outcome, limits: decision.outcome === 'request' ? decision.limits : [] },
    ];
  });
  return { rights: true, items, week };
};

/** The directory as a student booking sees it: only the rooms open to bookings, of the kinds their rules open. */
const bookableRooms = (directory: PlanningDirectory, rules: readonly BookingRule[]): PlanningDirectory => {
  const kinds = new Set<string>(rules.flatMap(({ placeKinds }) => placeKinds));
  return {
    ...directory,
    activePlaces: async () =>
      (await directory.activePlaces()).filter((place) => place.bookable && kinds.has(place.kind)),
  };
};
