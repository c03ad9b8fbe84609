import type { Api } from '../api';
import { usePlacesById } from '../planning/use-places-by-id';
import type { Format } from '../shell/i18n/format';
import { DayConflicts } from './day-conflicts';
import { FormRequestsToHandle } from './form-requests-to-handle';
import { HomeSection } from './home-section';
import { PendingBookingRequests } from './pending-booking-requests';

/** « Aujourd’hui » for a planner: the day's conflicts, then what waits for their answer; each block on its own. */
export const PlannerDesk = ({ api, format }: { api: Api; format: Format }) => {
  const places = usePlacesById(api);
  return (
    <HomeSection title={format.messages.home.today} kicker={format.day(format.today())}>
      <div class="home-blocks">
        <DayConflicts api={api} format={format} places={places} />
        <PendingBookingRequests api={api} format={format} />
        <FormRequestsToHandle api={api} format={format} />
      </div>
    </HomeSection>
  );
};
