import type { Place } from '#domain/places/place';
import type { AgendaItem } from '../planning/planning-types';
import { placeNames } from '../planning/use-places-by-id';
import type { Format } from '../shell/i18n/format';

interface DayListProps {
  items: readonly AgendaItem[];
  /** The list's accessible name, e.g. « Ma journée ». */
  label: string;
  places: ReadonlyMap<string, Place>;
  format: Format;
  /** Whether each item says what it overlaps, as the planners' list of conflicts does. */
  withConflicts?: boolean;
}

/** A day's activities in time order: hours, title and rooms; the whole day reads at a glance on a phone. */
export const DayList = ({ items, label, places, format, withConflicts = false }: DayListProps) => {
  const titleOf = new Map(items.map((item) => [item.activityId, item.title]));
  return (
    <ul class="item-list" aria-label={label}>
      {items.map((item) => {
        const where = placeNames(item.placeIds, places).join(', ');
        const others = item.conflictsWith.map((id) => titleOf.get(id)).filter(Boolean);
        return (
          <li key={`${item.activityId}#${item.seriesDate}`} class="framed home-day__item">
            <span class="home-day__time">{format.timeSpan(item.start, item.end)}</span>
            <span class="home-day__what">
              <span class="home-day__title">{item.title}</span>
              {where && <span class="home-day__where">{where}</span>}
              {withConflicts && others.length > 0 && (
                <span class="home-day__conflict">
                  {format.fill(format.messages.home.inConflict, { titles: others.join(', ') })}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
};
