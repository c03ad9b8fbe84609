import type { Api } from '../api';
import type { Me } from '../people/person';
import { usePlacesById } from '../planning/use-places-by-id';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { HomeSection } from './home-section';
import { OwnBookingRequests } from './own-booking-requests';
import { PersonDay } from './person-day';

interface OwnDayProps {
  api: Api;
  format: Format;
  me: Me;
  /** Students book rooms: they see how many of their requests wait for an answer. */
  books: boolean;
}

/** « Aujourd’hui » for a student or a teacher: their day, their week a tap away, what they wait for. */
export const OwnDay = ({ api, format, me, books }: OwnDayProps) => {
  const { home, planning } = format.messages;
  const places = usePlacesById(api);
  return (
    <HomeSection title={home.today} kicker={format.day(format.today())}>
      <div class="stack">
        <PersonDay api={api} format={format} personId={me.personId} label={home.ownDay} places={places} />
        <p class="home-links">
          <Link href={paths.planningWeek('person', me.personId)} class="button">
            {planning.home.link}
          </Link>
          {me.profiles.includes('teacher') && (
            <Link href={paths.attendance} class="button">
              {format.messages.attendance.title}
            </Link>
          )}
        </p>
        {books && <OwnBookingRequests api={api} format={format} />}
      </div>
    </HomeSection>
  );
};
