import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { sortByLevel } from './by-level';
import type { ClassSummary } from './person';

interface ClassListProps {
  classes: readonly ClassSummary[];
  label: string;
  format: Format;
}

/** Classes as cards by level then label, each a link to its students. */
export const ClassList = ({ classes, label, format }: ClassListProps) => {
  const sorted = sortByLevel(classes, format.localeTag);
  if (sorted.length === 0) return <p class="notice">{format.messages.home.noClasses}</p>;
  return (
    <ul class="cards" aria-label={label}>
      {sorted.map((schoolClass) => (
        <li key={schoolClass.classId} class="card">
          <Link href={paths.class(schoolClass.classId)} class="card__title">
            {schoolClass.label}
          </Link>
          <span class="card__detail">
            {format.fill(format.messages.classPage.level, { level: schoolClass.level })}
          </span>
        </li>
      ))}
    </ul>
  );
};
