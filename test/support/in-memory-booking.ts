import type { BookedWeek } from '#domain/booking/booked-minutes';
import type { BookingPorts, BookingRequest, BookingStore } from '#domain/booking/booking-ports';
import type { BookingRule } from '#domain/booking/booking-rule';
import { StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';
import { inMemoryPlanningPorts } from './in-memory-planning';

/**
 * The booking store held in memory: requests are new or still at the version read (`StaleVersionError`), and the
 * booked minutes are the planning store's weekly counts, which its guarded writes keep.
 */
export const inMemoryBookingStore = (
  countedMinutes: (week: BookedWeek) => number | undefined,
  published: OutgoingEvent[],
): BookingStore => {
  let stored: BookingRule[] = [];
  const requests = new Map<string, BookingRequest>();
  return {
    async rules() {
      return stored;
    },
    async saveRules(rules) {
      stored = rules;
    },
    async getRequest(requestId) {
      return requests.get(requestId);
    },
    async putRequest(request, expectedVersion, events) {
      if (requests.get(request.requestId)?.version !== expectedVersion) {
        throw new StaleVersionError('booking request', request.requestId, expectedVersion ?? 0);
      }
      requests.set(request.requestId, request);
      published.push(...events);
    },
    async bookedMinutes(week) {
      return countedMinutes(week);
    },
    async requests(selection) {
      return [...requests.values()].filter((request) =>
        'status' in selection
          ? request.status === selection.status
          : request.studentId === selection.studentId,
      );
    },
  };
};

/** Ports for the booking use cases held in memory, over in-memory planning ports (see `inMemoryPlanningPorts`). */
export const inMemoryBookingPorts = (...args: Parameters<typeof inMemoryPlanningPorts>) => {
  const planning = inMemoryPlanningPorts(...args);
  const ports: BookingPorts = {
    planning: planning.ports,
    bookings: inMemoryBookingStore(planning.planning.countedMinutes, planning.published),
  };
  return { ...planning, ports, planningPorts: planning.ports };
};
