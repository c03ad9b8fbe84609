import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { AgendaBlock } from './agenda-block';
import { gridHours, spanOnGrid } from './grid-hours';
import { layOut } from './lanes';
import type { AgendaItem, PlacesDay } from './planning-types';

interface DayGridProps {
  day: PlacesDay;
  /** The day asked for: while it loads, the previous day stays on screen, but links already lead to this one. */
  date: string;
  format: Format;
  onOpen: (item: AgendaItem) => void;
}

/**
 * A day of the school's places: a row per place, hours from 8:00 to 22:00 across, each activity a block at its
 * time. A place's name leads to its week. Each row is a list item whose activities are read in time order; a
 * row grows with the activities that overlap in it, so that each keeps a readable height.
 */
export const DayGrid = ({ day, date, format, onOpen }: DayGridProps) => {
  const { planning } = format.messages;
  const titles = new Map(
    day.places.flatMap(({ items }) => items.map((item) => [item.activityId, item.title] as const)),
  );
  return (
    <div class="grid-scroll">
      <div class={`places-day${day.open ? '' : ' places-day--closed'}`}>
        <div class="places-day__scale" aria-hidden="true">
          {gridHours.map((hour) => (
            <span
              key={hour}
              class="places-day__hour"
              style={{ left: `${spanOnGrid({ start: hour, end: hour }).offset * 100}%` }}
            >
              {format.time(hour)}
            </span>
          ))}
        </div>
        <ul class="places-day__rows" aria-label={planning.placesOf}>
          {day.places.map(({ place, items }) => {
            const laid = layOut(items);
            const lanes = Math.max(1, ...laid.map((block) => block.lanes));
            return (
              <li key={place.id} class="places-day__row" style={`--lanes: ${lanes}`}>
                <div class="places-day__place">
                  <Link href={paths.planningWeek('place', place.id, { date })}>{place.name}</Link>
                  <span class="places-day__detail">
                    {format.kind(place.kind)} · {place.site}
                  </span>
                </div>
                <div class="places-day__track">
                  {items.length === 0 ? (
                    <span class="visually-hidden">{planning.freeAllDay}</span>
                  ) : (
                    <ol class="places-day__items">
                      {laid.map(({ item, lane, lanes: of }) => {
                        const { offset, size } = spanOnGrid(item);
                        return (
                          <li
                            key={`${item.activityId}:${item.seriesDate}`}
                            class="places-day__item"
                            style={{
                              left: `${offset * 100}%`,
                              width: `${size * 100}%`,
                              top: `${(lane / of) * 100}%`,
                              height: `${100 / of}%`,
                            }}
                          >
                            <AgendaBlock
                              item={item}
                              titles={titles}
                              format={format}
                              onOpen={onOpen}
                              compact
                            />
                          </li>
                        );
                      })}
                    </ol>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
};
