import { SubNav } from '../frame/sub-nav';
import type { Format } from '../i18n/format';
import { paths } from '../routing/routes';

/** The planners' pages of booking: the students' requests and the rules of the curricula. */
export const BookingNav = ({ current, format }: { current: 'requests' | 'rules'; format: Format }) => {
  const { nav } = format.messages.booking.manage;
  return (
    <SubNav
      label={nav.label}
      current={current}
      links={[
        { section: 'requests', href: paths.bookingRequests, label: nav.requests },
        { section: 'rules', href: paths.bookingRules, label: nav.rules },
      ]}
    />
  );
};
