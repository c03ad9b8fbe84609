import type { Place } from '#domain/places/place';
import type { DeleteJson, GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type {
  BookingOptions,
  BookingRequest,
  BookingResult,
  BookingRule,
  MyBookings,
  NewBooking,
  RequestAnswer,
  RequestStatus,
  SlotQuery,
} from './booking-types';

/** The calls of room booking: students book and follow theirs, planners answer requests and set the rules. */
export const bookingApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  deleteJson: DeleteJson,
) => ({
  /** The rooms a student may book on a slot, each with what booking it would do, and their week's quota. */
  bookingOptions: (query: SlotQuery, signal?: AbortSignal) =>
    getJson<BookingOptions>(`/api/bookings/options?${queryOf({ ...query })}`, signal),

  myBookings: (signal?: AbortSignal) => getJson<MyBookings>('/api/bookings/mine', signal),

  /** 201 booked, 202 a request; 403 with a code outside the student's rooms, 409 when taken meanwhile. */
  bookRoom: (booking: NewBooking) => postJson<BookingResult>('/api/bookings', booking),

  cancelBooking: (activityId: string) => deleteJson<unknown>(`/api/bookings/${segment(activityId)}`),

  bookingRequests: async (status: RequestStatus, signal?: AbortSignal): Promise<BookingRequest[]> =>
    (await getJson<{ items: BookingRequest[] }>(`/api/booking-requests?${queryOf({ status })}`, signal))
      .items,

  /** Approving books the room now: 409 when it was taken meanwhile. */
  answerBookingRequest: (requestId: string, answer: RequestAnswer) =>
    postJson<BookingRequest>(`/api/booking-requests/${segment(requestId)}/answer`, answer),

  bookingRules: async (signal?: AbortSignal): Promise<BookingRule[]> =>
    (await getJson<{ rules: BookingRule[] }>('/api/booking-rules', signal)).rules,

  saveBookingRules: async (rules: BookingRule[]): Promise<BookingRule[]> =>
    (await putJson<{ rules: BookingRule[] }>('/api/booking-rules', { rules })).rules,

  place: (placeId: string, signal?: AbortSignal) => getJson<Place>(`/api/places/${segment(placeId)}`, signal),
});
