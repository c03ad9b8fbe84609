/** What the booking API answers: the domain's own types, so that page and API cannot drift. */
import type { bookingOptions } from '#domain/booking/booking-options';
import type { BookingRequest } from '#domain/booking/booking-ports';
import type { BookingInput, BookingRule } from '#domain/booking/booking-rule';
import type { BookingLimit } from '#domain/booking/decide-booking';
import type { ownBookings } from '#domain/booking/own-bookings';

export type { BookingLimit, BookingRequest, BookingRule };

/** The rooms free on a slot, each with the booking it would do, and the student's week against their quota. */
export type BookingOptions = Awaited<ReturnType<typeof bookingOptions>>;

/** A room free on the slot asked, and what booking it would do: confirmed at once, or a request. */
export type BookingOption = BookingOptions['items'][number];

/** The student's booked time in the ISO week of the slot, against the most their rules allow. */
export type BookingWeek = BookingOptions['week'];

export type MyBookings = Awaited<ReturnType<typeof ownBookings>>;

export type Booking = MyBookings['bookings'][number];

export type NewBooking = BookingInput;

export interface SlotQuery {
  date: string;
  start: string;
  end: string;
  capacity?: number;
  equipment?: string;
}

export type RequestStatus = BookingRequest['status'];

export const requestStatuses: readonly RequestStatus[] = ['pending', 'approved', 'refused'];

export type BookingResult =
  | { status: 'confirmed'; activity: { id: string } }
  | { status: 'pending'; request: BookingRequest };

export type RequestAnswer = { decision: 'approve' } | { decision: 'refuse'; reason: string };
