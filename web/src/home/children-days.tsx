import type { Api } from '../api';
import { sortByName } from '../people/by-name';
import type { Me } from '../people/person';
import { usePlacesById } from '../planning/use-places-by-id';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { HomeSection } from './home-section';
import { PersonDays } from './person-days';

/**
 * A guardian's children, each with their day and the next days: where they are, hour by hour, and their week one
 * tap away.
 */
export const ChildrenDays = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const { home, menu } = format.messages;
  const places = usePlacesById(api);
  return (
    <HomeSection title={home.children}>
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
                <PersonDays
                  api={api}
                  format={format}
                  personId={child.personId}
                  label={format.message(home.dayOf, { name })}
                  places={places}
                />
                <p class="home-links">
                  <Link href={paths.planningWeek('person', child.personId)} class="button">
                    {format.fill(menu.childPlanning, { name: child.firstName })}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </HomeSection>
  );
};
