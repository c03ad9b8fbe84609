import type { Format } from '../shell/i18n/format';
import { LazyLoaded } from '../shell/loading/lazy';
import { lazy } from '../shell/loading/lazy-code';

/** The client's page, in a chunk of its own: the frame loads it only at `/devis/<token>`. */
const offerPage = lazy(() => import('./offer-page'));

export const PublicOfferPage = ({ format, token }: { format: Format; token: string }) => (
  <LazyLoaded lazy={offerPage} format={format}>
    {({ OfferPage }) => <OfferPage format={format} token={token} />}
  </LazyLoaded>
);
