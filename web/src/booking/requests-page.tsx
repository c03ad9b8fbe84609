import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { managesBookings } from '../people/abilities';
import type { Me } from '../people/person';
import { ChoiceField } from '../planning/fields';
import { NoticePage } from '../shell/frame/notice-page';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { BookingNav } from './booking-nav';
import type { BookingRequest, RequestStatus } from './booking-types';
import { requestStatuses } from './booking-types';
import { limitsText } from './booking-words';
import { RefuseDialog } from './refuse-dialog';
import { RequestState } from './request-state';

/** What became of a request answered on this page: the list is not loaded again under the planner's eyes. */
type Answered = { request: BookingRequest } | { taken: true };

/** `/reservations/demandes`: planners answer the students' bookings beyond the limits of their curriculum. */
export const BookingRequestsPage = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const words = format.messages.booking.manage;
  if (!managesBookings(me.profiles)) {
    return <NoticePage title={words.title} notice={words.forbidden} />;
  }
  return <RequestsDesk api={api} format={format} />;
};

const RequestsDesk = ({ api, format }: { api: Api; format: Format }) => {
  const words = format.messages.booking.manage;
  const [status, setStatus] = useState<RequestStatus>('pending');
  const load = useCallback((signal: AbortSignal) => api.bookingRequests(status, signal), [api, status]);
  const { state } = useLoad(load);
  const [answered, setAnswered] = useState<Record<string, Answered>>({});
  const [refusing, setRefusing] = useState<BookingRequest>();
  const [news, setNews] = useState<{ good?: string; bad?: string }>({});

  const said = (template: string, request: BookingRequest) =>
    format.message(template, {
      student: request.studentName,
      room: request.placeName,
      day: format.day(request.date),
      span: format.timeSpan(request.start, request.end),
    });

  const answer = async (request: BookingRequest, reason?: string) => {
    setNews({});
    try {
      const done = await api.answerBookingRequest(
        request.requestId,
        reason === undefined ? { decision: 'approve' } : { decision: 'refuse', reason },
      );
      setAnswered((now) => ({ ...now, [request.requestId]: { request: done } }));
      setNews({ good: said(reason === undefined ? words.approved : words.refused, request) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setAnswered((now) => ({ ...now, [request.requestId]: { taken: true } }));
        // The room may be free: the student is not, they have a course or another booking then.
        setNews({ bad: said(error.code === 'own_activity' ? words.studentBusy : words.taken, request) });
      } else if (error instanceof ApiError && error.status === 403) {
        setNews({ bad: words.forbidden });
      } else {
        setNews({ bad: format.fill(words.answerFailed, { reason: failureReason(error, format) }) });
      }
    }
  };

  return (
    <section class="page booking" aria-labelledby="booking-requests-title">
      <BookingNav current="requests" format={format} />
      <h2 id="booking-requests-title">{words.title}</h2>
      <p class="page__intro">{words.intro}</p>
      <ChoiceField
        legend={words.status}
        value={status}
        options={requestStatuses.map((value) => ({ value, label: words.statuses[value] }))}
        onValue={(value) => {
          setStatus(value);
          setNews({});
        }}
      />
      <div role="status">{news.good && <p class="notice notice--ok booking-outcome">{news.good}</p>}</div>
      <div role="alert">{news.bad && <p class="notice notice--error booking-outcome">{news.bad}</p>}</div>
      <p class="page__count" role="status">
        {state.status === 'loading' && words.loading}
        {state.status === 'loaded' && format.count(words.requestCount, state.value.length)}
      </p>
      {state.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {state.error instanceof ApiError && state.error.status === 403
            ? words.forbidden
            : format.fill(words.failed, { reason: failureReason(state.error, format) })}
        </p>
      )}
      {state.status === 'loaded' && state.value.length === 0 && <p class="notice">{words.none[status]}</p>}
      {state.status === 'loaded' && state.value.length > 0 && (
        <ul class="item-list" aria-label={words.statuses[status]}>
          {state.value.map((request) => (
            <RequestRow
              key={request.requestId}
              request={request}
              answered={answered[request.requestId]}
              format={format}
              onApprove={() => answer(request)}
              onRefuse={() => setRefusing(request)}
            />
          ))}
        </ul>
      )}
      {refusing && (
        <RefuseDialog
          request={refusing}
          format={format}
          onClose={() => setRefusing(undefined)}
          onRefuse={(reason) => {
            setRefusing(undefined);
            answer(refusing, reason);
          }}
        />
      )}
    </section>
  );
};

interface RequestRowProps {
  request: BookingRequest;
  answered: Answered | undefined;
  format: Format;
  onApprove: () => void;
  onRefuse: () => void;
}

const RequestRow = ({ request: listed, answered, format, onApprove, onRefuse }: RequestRowProps) => {
  const words = format.messages.booking.manage;
  const request = answered && 'request' in answered ? answered.request : listed;
  return (
    <li class="framed booking-item booking-item--request">
      <div class="booking-item__main">
        <span class="booking-item__title">{request.studentName}</span>
        <span>
          {request.placeName} · {format.day(request.date)}, {format.timeSpan(request.start, request.end)}
        </span>
        {request.limits.length > 0 && (
          <span class="muted">
            {format.fill(words.beyond, { limits: limitsText(request.limits, format, words.limits) })}
          </span>
        )}
        {request.status === 'refused' && request.answer && (
          <span class="muted">{format.fill(format.messages.booking.answer, { reason: request.answer })}</span>
        )}
        {answered && 'taken' in answered && (
          <span class="booking-item__problem">
            {format.fill(words.taken, {
              room: request.placeName,
              day: format.day(request.date),
              span: format.timeSpan(request.start, request.end),
            })}
          </span>
        )}
      </div>
      <div class="booking-item__actions">
        <RequestState status={request.status} format={format} />
        {request.status === 'approved' && request.activityId && <span class="muted">{words.booked}</span>}
        {request.status === 'pending' && (
          <>
            {!(answered && 'taken' in answered) && (
              <button type="button" class="button" onClick={onApprove}>
                {words.approve}
                <span class="visually-hidden"> {request.studentName}</span>
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={onRefuse}>
              {words.refuse}
              <span class="visually-hidden"> {request.studentName}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
};
