import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { isHidden } from '../shell/loading/is-hidden';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';

/** How many of a student's booking requests wait for a planner, with the way to their bookings. */
export const OwnBookingRequests = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.myBookings(signal), [api]);
  const { state, retry } = useLoad(load);
  const { home } = format.messages;
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed' && !isHidden(state.error)) {
    return <LoadFailure error={state.error} format={format} retry={retry} />;
  }
  const pending =
    state.status === 'loaded' ? state.value.requests.filter(({ status }) => status === 'pending').length : 0;
  return (
    <p class="home-count">
      <span>{pending ? format.count(home.ownRequests, pending) : home.noOwnRequests}</span>{' '}
      <Link href={paths.booking()}>{home.ownBookings}</Link>
    </p>
  );
};
