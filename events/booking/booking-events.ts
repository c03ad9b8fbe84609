import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const bookingSource = 'preau.booking';

/** A student's request by its ids and its span: the planner's reason stays in the school's table. */
const requestSchema = z.strictObject({
  requestId: z.string(),
  studentId: z.string(),
  placeId: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  version: z.int(),
});

/** A limit of the curriculum's rules: the weekly hours, how far ahead, the opening times. */
const limitSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('hours'), hoursPerWeek: z.number() }),
  z.strictObject({ code: z.literal('horizon'), daysAhead: z.int() }),
  z.strictObject({ code: z.literal('window') }),
]);

export const bookingRequested = defineEvent({
  source: bookingSource,
  detailType: 'BookingRequested',
  version: '1',
  description:
    'A student asked for a room beyond the limits of their curriculum (named in data); a planner is to answer.',
  dataSchema: z.strictObject({ ...requestSchema.shape, limits: z.array(limitSchema) }),
});

export const bookingRequestAnswered = defineEvent({
  source: bookingSource,
  detailType: 'BookingRequestAnswered',
  version: '1',
  description:
    'A planner approved a booking request (the room is booked: activityId) or refused it; the student is to be told.',
  dataSchema: z.strictObject({
    ...requestSchema.shape,
    status: z.enum(['approved', 'refused']),
    activityId: z.optional(z.string()),
  }),
});
