import type { Api } from '../api';
import { sortByName } from '../people/by-name';
import type { Me } from '../people/person';
import { usePlacesById } from '../planning/use-places-by-id';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { HomeSection } from './home-section';
import { PersonDay } from './person-day';

/** A guardian's children, each with their day: where they are, hour by hour. */
export const ChildrenDays = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const { home } = format.messages;
  const places = usePlacesById(api);
  return (
    <HomeSection title={home.children} kicker={`${home.today}, ${format.day(format.today())}`}>
      {me.children.length === 0 ? (
        <p class="notice">{home.noChildren}</p>
      ) : (
        <ul class="item-list home-children" aria-label={home.children}>
          {sortByName(me.children, format.localeTag).map((child) => {
            const name = format.fullName(child);
            return (
              <li key={child.personId} class="home-child">
                <p class="home-child__who">
                  <Link href={paths.person(child.personId)} class="home-child__name">
                    {name}
                  </Link>
                  {child.classLabel && <span class="muted">{child.classLabel}</span>}
                </p>
                <PersonDay
                  api={api}
                  format={format}
                  personId={child.personId}
                  label={format.message(home.dayOf, { name })}
                  places={places}
                />
              </li>
            );
          })}
        </ul>
      )}
    </HomeSection>
  );
};
