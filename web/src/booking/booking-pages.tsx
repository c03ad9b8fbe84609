import type { Pages } from '../pages';
import { BookingPage } from './booking-page';
import { BookingRequestsPage } from './requests-page';
import { BookingRulesPage } from './rules-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'booking' | 'booking-requests' | 'booking-rules'> = {
  booking: ({ api, format, me, route }) => (
    <BookingPage key={route.placeId} api={api} format={format} me={me} placeId={route.placeId} />
  ),
  'booking-requests': ({ api, format, me }) => <BookingRequestsPage api={api} format={format} me={me} />,
  'booking-rules': ({ api, format, me }) => <BookingRulesPage api={api} format={format} me={me} />,
};
