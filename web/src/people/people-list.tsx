import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { sortByName } from './by-name';
import type { PersonSummary } from './person';

interface PeopleListProps {
  people: readonly PersonSummary[];
  /** The list's accessible name, e.g. « Mes enfants ». */
  label: string;
  format: Format;
  /** Whether each person's class is shown next to the name (not in a class's own list). */
  withClass?: boolean;
}

/** People as cards, each name a link to the person's sheet; the link's name is the full name alone. */
export const PeopleList = ({ people, label, format, withClass = true }: PeopleListProps) => (
  <ul class="cards" aria-label={label}>
    {sortByName(people, format.localeTag).map((person) => (
      <li key={person.personId} class="card">
        <Link href={paths.person(person.personId)} class="card__title">
          {format.fullName(person)}
        </Link>
        {withClass && person.classLabel && <span class="card__detail">{person.classLabel}</span>}
      </li>
    ))}
  </ul>
);
