import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { OutgoingEvent } from '#events/envelope';
import type { BookedWeek } from './booked-minutes';
import type { BookingRule } from './booking-rule';
import type { BookingLimit } from './decide-booking';

/** A booking beyond the limits of the student's rules, for a planner to approve or refuse. */
export interface BookingRequest {
  requestId: string;
  studentId: string;
  studentName: string;
  placeId: string;
  placeName: string;
  date: string;
  start: string;
  end: string;
  /** Which limits of the rules it goes beyond. */
  limits: BookingLimit[];
  status: 'pending' | 'approved' | 'refused';
  /** The planner's reason, when refused. */
  answer?: string;
  activityId?: string;
  createdAt: string;
  version: number;
}

export interface BookingStore {
  rules(): Promise<BookingRule[]>;
  saveRules(rules: BookingRule[]): Promise<void>;
  getRequest(requestId: string): Promise<BookingRequest | undefined>;
  /** Stores a request with the events announcing it; a change must find it at the version it read. */
  putRequest(
    request: BookingRequest,
    expectedVersion: number | undefined,
    events: readonly OutgoingEvent[],
  ): Promise<void>;
  /** A student's booked minutes of a week, as the planning store counts them; none before their first change. */
  bookedMinutes(week: BookedWeek): Promise<number | undefined>;
  requests(
    selection: { status: BookingRequest['status'] } | { studentId: string },
  ): Promise<BookingRequest[]>;
}

export interface BookingPorts {
  planning: PlanningPorts;
  bookings: BookingStore;
}
