import { bookingAnswerSchema, bookingRequestListQuerySchema } from '#domain/booking/booking-input';
import { bookingRequestSchema, bookingRulesSchema } from '#domain/booking/booking-rule';
import { freePlacesQuerySchema } from '#domain/planning/planning-input';
import { apiModule, del, get, post, put, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const bookingRoutes = apiModule('booking', 'Students book practice rooms within the rules of their curriculum; planners answer their requests', [
  get('/api/booking-rules', 'booking/get-booking-rules', { needs: read, summary: 'The rooms, hours, horizon and times each curriculum opens to its students' }),
  put('/api/booking-rules', 'booking/save-booking-rules', { needs: write, body: bookingRulesSchema, summary: 'Sets the booking rules of the curricula' }),
  post('/api/bookings', 'booking/book-room', { needs: write, body: bookingRequestSchema, answers: [201, 202], summary: 'A student books a room: confirmed within their rights if free, a request beyond them, refused outside their rooms' }),
  del('/api/bookings/{activityId}', 'booking/cancel-booking', { needs: write, summary: 'Cancels a booking: the student their own, planners any' }),
  get('/api/bookings/options', 'booking/list-booking-options', { needs: read, query: freePlacesQuerySchema, summary: 'The rooms a student may book for a span: free, of their rights, to confirm at once or to request' }),
  get('/api/bookings/mine', 'booking/list-own-bookings', { needs: read, summary: "The signed-in student's coming bookings and their booking requests" }),
  get('/api/booking-requests', 'booking/list-booking-requests', { needs: read, query: bookingRequestListQuerySchema, summary: "Booking requests: a status's for planners, one's own for students" }),
  post('/api/booking-requests/{requestId}/answer', 'booking/answer-booking-request', { needs: write, body: bookingAnswerSchema, summary: 'A planner approves a booking request (booked if still free) or refuses it with a reason' }),
]);
