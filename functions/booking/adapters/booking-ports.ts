import type { BookingPorts } from '../../../domain/booking/booking-ports';
import { functionEnvironment } from '../../../infra/definitions/environment';
import { requireEnv } from '../../lib/env';
import { planningPorts } from '../../planning/adapters/planning-ports';
import { dynamoBookings } from './dynamo-bookings';

export const bookingPorts: BookingPorts = {
  planning: planningPorts,
  bookings: dynamoBookings(requireEnv(functionEnvironment.tableName)),
};
