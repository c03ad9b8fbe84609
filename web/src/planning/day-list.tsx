import { useEffect, useRef } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Format } from '../shell/i18n/format';
import { AgendaBlock } from './agenda-block';
import { closedReason } from './closed-reason';
import type { AgendaDay, AgendaItem } from './planning-types';
import { placeNames } from './use-places-by-id';

interface DayListProps {
  days: readonly AgendaDay[];
  today: string;
  /** The places by id; omitted on a place's own planning, where every activity is in it. */
  places?: ReadonlyMap<string, Place>;
  format: Format;
  onOpen: (item: AgendaItem) => void;
}

/** The id of a day's section, for a link or a scroll to it. */
export const daySectionId = (date: string) => `jour-${date}`;

/**
 * A planning as a list of days, for a phone: each day a heading, then its activities in time order (time, title,
 * place), each opening its details. Today's day is scrolled to when it is not the first, so that it is the first
 * seen; a closed day says why.
 */
export const DayList = ({ days, today, places, format, onOpen }: DayListProps) => {
  const { planning } = format.messages;
  const todayRef = useRef<HTMLElement>(null);
  const titles = new Map(
    days.flatMap((day) => day.items.map((item) => [item.activityId, item.title] as const)),
  );
  const first = days[0]?.date;
  useEffect(() => {
    if (first !== undefined && first !== today) todayRef.current?.scrollIntoView({ block: 'start' });
  }, [first, today]);
  return (
    <div class="day-list">
      {days.map((day) => {
        const isToday = day.date === today;
        return (
          <section
            key={day.date}
            id={daySectionId(day.date)}
            ref={isToday ? todayRef : undefined}
            class={`day-list__day${day.open ? '' : ' day-list__day--closed'}${isToday ? ' day-list__day--today' : ''}`}
            aria-labelledby={`${daySectionId(day.date)}-titre`}
          >
            <h3 id={`${daySectionId(day.date)}-titre`} class="day-list__date">
              {format.day(day.date)}
              {isToday && <span class="day-list__today"> · {planning.today}</span>}
            </h3>
            {!day.open && (
              <p class="day-list__closed">
                {format.fill(planning.closed, { reason: closedReason(day, format.messages) })}
              </p>
            )}
            {day.items.length === 0 ? (
              day.open && <p class="day-list__empty">{planning.views.nothingThatDay}</p>
            ) : (
              <ol class="day-list__items">
                {day.items.map((item) => (
                  <li key={`${item.activityId}:${item.seriesDate}`}>
                    <AgendaBlock
                      item={item}
                      placeNames={places && placeNames(item.placeIds, places)}
                      titles={titles}
                      format={format}
                      onOpen={onOpen}
                      listed
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
};
