import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { AgendaBlock } from './agenda-block';
import type { AgendaItem, PlacesDay } from './planning-types';

interface PlacesDayListProps {
  day: PlacesDay;
  /** The day asked for, which the places' links lead to. */
  date: string;
  format: Format;
  onOpen: (item: AgendaItem) => void;
}

/**
 * The day of the places as a list: each place where something takes place, with its activities in time order,
 * whole (time, title, conflicts), however short they are. The free places are counted, not listed.
 */
export const PlacesDayList = ({ day, date, format, onOpen }: PlacesDayListProps) => {
  const { planning } = format.messages;
  const titles = new Map(
    day.places.flatMap(({ items }) => items.map((item) => [item.activityId, item.title] as const)),
  );
  const busy = day.places.filter(({ items }) => items.length > 0);
  const free = day.places.length - busy.length;
  return (
    <div class="places-list">
      {busy.length === 0 && <p class="notice">{planning.views.nothingInPlaces}</p>}
      <ul class="places-list__places" aria-label={planning.placesOf}>
        {busy.map(({ place, items }) => (
          <li key={place.id} class="places-list__place">
            <h3 class="places-list__name">
              <Link href={paths.planningWeek('place', place.id, { date })}>{place.name}</Link>
              <span class="places-day__detail">
                {' '}
                {format.kind(place.kind)} · {place.site}
              </span>
            </h3>
            <ol class="day-list__items">
              {items.map((item) => (
                <li key={`${item.activityId}:${item.seriesDate}`}>
                  <AgendaBlock item={item} titles={titles} format={format} onOpen={onOpen} listed />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
      {free > 0 && busy.length > 0 && <p class="muted">{format.count(planning.views.freePlaces, free)}</p>}
    </div>
  );
};
