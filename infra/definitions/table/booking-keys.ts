import { keyPrefixes } from './key-prefixes';

/**
 * Booking rules, requests and the students' booked minutes in the school table. A booking's activity and its
 * resources' days are planning's items, written through planning's keys.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | the booking rules of the curricula       | PK = BOOKING-RULES, SK = RULES                         | table |
 * | a booking request                        | PK = BOOKING-REQUEST#<id>, SK = REQUEST                | table |
 * | booking requests of a status, by time    | GSI1PK = BOOKING-REQUESTS#<status>                     | GSI1  |
 * | a student's booking requests, by time    | GSI2PK = BOOKING-REQUESTS-OF#<personId>                | GSI2  |
 * | a student's booked minutes of a week     | PK = BOOKED-MINUTES#<personId>, SK = <monday>          | table |
 */
export const bookingKeyPrefixes = keyPrefixes('booking', {
  partitions: [
    'BOOKING-RULES',
    'BOOKING-REQUEST#',
    'BOOKING-REQUESTS#',
    'BOOKING-REQUESTS-OF#',
    'BOOKED-MINUTES#',
  ],
});

export const bookingKeys = {
  rules: () => ({ PK: 'BOOKING-RULES', SK: 'RULES' }),
  request: (requestId: string) => ({ PK: `BOOKING-REQUEST#${requestId}`, SK: 'REQUEST' }),
  requestIndexAttributes: (request: {
    requestId: string;
    status: string;
    studentId: string;
    createdAt: string;
  }) => ({
    GSI1PK: `BOOKING-REQUESTS#${request.status}`,
    GSI1SK: `${request.createdAt}#${request.requestId}`,
    GSI2PK: `BOOKING-REQUESTS-OF#${request.studentId}`,
    GSI2SK: `${request.createdAt}#${request.requestId}`,
  }),
  byStatus: (status: string) => ({ index: 'GSI1', partitionKey: `BOOKING-REQUESTS#${status}` }) as const,
  ofStudent: (personId: string) =>
    ({ index: 'GSI2', partitionKey: `BOOKING-REQUESTS-OF#${personId}` }) as const,
  /** The count of a person's minutes of room bookings in the ISO week of `monday`, moved with each booking. */
  bookedMinutes: (personId: string, monday: string) => ({ PK: `BOOKED-MINUTES#${personId}`, SK: monday }),
};
