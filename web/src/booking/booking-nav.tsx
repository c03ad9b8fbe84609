import { paths } from '../routes';
import { SubNav } from '../shell/frame/sub-nav';
import type { Format } from '../shell/i18n/format';

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
