import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import type { Booking, BookingRequest } from './booking-types';
import { limitsText } from './booking-words';
import { RequestState } from './request-state';

interface MyBookingsProps {
  api: Api;
  format: Format;
  onCancel: (booking: Booking) => void;
}

/** The student's upcoming bookings, each cancellable, and their requests with the planners' answers. */
export const MyBookings = ({ api, format, onCancel }: MyBookingsProps) => {
  const words = format.messages.booking;
  const load = useCallback((signal: AbortSignal) => api.myBookings(signal), [api]);
  const { state } = useLoad(load);
  const [cancelling, setCancelling] = useState<Booking>();

  if (state.status === 'loading') return <p class="loading">{words.mine.loading}</p>;
  if (state.status === 'failed') {
    return (
      <p class="notice notice--error" role="alert">
        {format.fill(words.mine.failed, { reason: failureReason(state.error, format) })}
      </p>
    );
  }
  const { bookings, requests } = state.value;
  const said = (template: string, booking: Booking) =>
    format.fill(template, {
      name: booking.placeName,
      day: format.day(booking.date),
      span: format.timeSpan(booking.start, booking.end),
    });
  return (
    <>
      <section class="booking-mine" aria-labelledby="my-bookings-title">
        <h3 id="my-bookings-title">{words.mine.title}</h3>
        {bookings.length === 0 ? (
          <p class="notice">{words.mine.none}</p>
        ) : (
          <ul class="item-list">
            {bookings.map((booking) => (
              <li key={booking.activityId} class="framed booking-item">
                <div class="booking-item__main">
                  <span class="booking-item__title">{booking.placeName}</span>
                  <span>
                    {format.day(booking.date)}, {format.timeSpan(booking.start, booking.end)}
                  </span>
                </div>
                <button type="button" class="button button--secondary" onClick={() => setCancelling(booking)}>
                  {words.mine.cancel}
                  <span class="visually-hidden">
                    {' '}
                    {booking.placeName}, {format.day(booking.date)},{' '}
                    {format.timeSpan(booking.start, booking.end)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="booking-mine" aria-labelledby="my-requests-title">
        <h3 id="my-requests-title">{words.myRequests.title}</h3>
        {requests.length === 0 ? (
          <p class="notice">{words.myRequests.none}</p>
        ) : (
          <ul class="item-list">
            {requests.map((request) => (
              <MyRequest key={request.requestId} request={request} format={format} />
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={cancelling !== undefined}
        title={words.mine.cancelTitle}
        text={cancelling ? said(words.mine.cancelText, cancelling) : ''}
        confirmLabel={words.mine.cancelConfirm}
        cancelLabel={words.mine.keep}
        onConfirm={() => {
          if (cancelling) onCancel(cancelling);
          setCancelling(undefined);
        }}
        onCancel={() => setCancelling(undefined)}
      />
    </>
  );
};

const MyRequest = ({ request, format }: { request: BookingRequest; format: Format }) => {
  const words = format.messages.booking;
  return (
    <li class="framed booking-item">
      <div class="booking-item__main">
        <span class="booking-item__title">{request.placeName}</span>
        <span>
          {format.day(request.date)}, {format.timeSpan(request.start, request.end)}
        </span>
        {request.limits.length > 0 && (
          <span class="muted">
            {format.fill(words.onRequest, { limits: limitsText(request.limits, format) })}
          </span>
        )}
        {request.status === 'refused' && request.answer && (
          <span class="muted">{format.fill(words.answer, { reason: request.answer })}</span>
        )}
      </div>
      <RequestState status={request.status} format={format} />
    </li>
  );
};
