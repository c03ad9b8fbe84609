import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { WaitingBlock } from './waiting-block';

/** Students' booking requests beyond their rules, waiting for a planner: how many, the first ones, the way to answer. */
export const PendingBookingRequests = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.bookingRequests('pending', signal), [api]);
  const { home } = format.messages;
  return (
    <WaitingBlock
      title={home.bookingRequests}
      load={load}
      count={(count) => format.count(home.pendingBookingRequests, count)}
      none={home.noBookingRequests}
      keyOf={(request) => request.requestId}
      line={(request) =>
        format.fill(home.bookingRequest, {
          student: request.studentName,
          place: request.placeName,
          day: format.day(request.date),
          time: format.timeSpan(request.start, request.end),
        })
      }
      link={{ href: paths.bookingRequests, text: home.answerBookingRequests }}
      format={format}
    />
  );
};
