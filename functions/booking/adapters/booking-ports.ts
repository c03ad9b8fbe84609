import type { BookingPorts } from '#domain/booking/booking-ports';
import { requireEnv } from '#functions/lib/env';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoBookings } from './dynamo-bookings';

export const bookingPorts: BookingPorts = {
  planning: planningPorts,
  bookings: dynamoBookings(requireEnv(functionEnvironment.tableName)),
};
