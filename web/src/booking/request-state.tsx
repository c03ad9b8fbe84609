import type { Format } from '../shell/i18n/format';
import type { RequestStatus } from './booking-types';

const badgeOf: Record<RequestStatus, string> = {
  pending: 'badge badge--warning',
  approved: 'badge badge--bookable',
  refused: 'badge badge--error',
};

/** Where a request stands, in words and in colour. */
export const RequestState = ({ status, format }: { status: RequestStatus; format: Format }) => (
  <span class={badgeOf[status]}>{format.messages.booking.states[status]}</span>
);
