import { useId } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Format } from '../shell/i18n/format';
import { AgendaBlock } from './agenda-block';
import { closedReason } from './closed-reason';
import { gridHours, spanOnGrid, timeAtFraction } from './grid-hours';
import { layOut } from './lanes';
import type { AgendaDay, AgendaItem } from './planning-types';
import { placeNames } from './use-places-by-id';

interface WeekGridProps {
  days: readonly AgendaDay[];
  today: string;
  /** The places by id; omitted on a place's own planning, where every block is in it. */
  places?: ReadonlyMap<string, Place>;
  format: Format;
  onOpen: (item: AgendaItem) => void;
  /** Planners only: a block dropped on a day at a time, to move it there (the move form confirms). */
  onDrop?: (drop: { activityId: string; seriesDate: string; date: string; start: string }) => void;
}

/**
 * A week as a timetable: a column per day, hours from 8:00 to 22:00 down the side, each activity a block at its
 * time. Each day is a section with its heading and the list of its activities in time order, which is what a
 * screen reader reads; closed days are greyed with their reason.
 */
export const WeekGrid = ({ days, today, places, format, onOpen, onDrop }: WeekGridProps) => {
  const titles = new Map(
    days.flatMap((day) => day.items.map((item) => [item.activityId, item.title] as const)),
  );
  return (
    <div class="grid-scroll">
      <div class="week" style={`--days: ${days.length}`}>
        <div class="week__hours" aria-hidden="true">
          {gridHours.map((hour) => (
            <span
              key={hour}
              class="week__hour"
              style={{ top: `${spanOnGrid({ start: hour, end: hour }).offset * 100}%` }}
            >
              {format.time(hour)}
            </span>
          ))}
        </div>
        {days.map((day) => (
          <WeekDay
            key={day.date}
            day={day}
            isToday={day.date === today}
            titles={titles}
            places={places}
            format={format}
            onOpen={onOpen}
            onDrop={onDrop}
          />
        ))}
      </div>
    </div>
  );
};

interface WeekDayProps extends Pick<WeekGridProps, 'places' | 'format' | 'onOpen' | 'onDrop'> {
  day: AgendaDay;
  isToday: boolean;
  titles: ReadonlyMap<string, string>;
}

const WeekDay = ({ day, isToday, titles, places, format, onOpen, onDrop }: WeekDayProps) => {
  const titleId = useId();
  const { planning } = format.messages;
  const dropHandlers = onDrop && {
    onDragOver: (event: DragEvent) => event.preventDefault(),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const [activityId, seriesDate] = (event.dataTransfer?.getData('text/plain') ?? '').split(' ');
      const track = event.currentTarget as HTMLElement;
      const box = track.getBoundingClientRect();
      if (!activityId || !seriesDate || box.height === 0) return;
      onDrop({
        activityId,
        seriesDate,
        date: day.date,
        start: timeAtFraction((event.clientY - box.top) / box.height),
      });
    },
  };
  return (
    <section
      class={`week__day${day.open ? '' : ' week__day--closed'}${isToday ? ' week__day--today' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} class="week__date">
        {format.day(day.date)}
      </h3>
      <div class="week__track" {...dropHandlers}>
        {!day.open && (
          <p class="week__closed">
            {format.fill(planning.closed, { reason: closedReason(day, format.messages) })}
          </p>
        )}
        {day.items.length > 0 && (
          <ol class="week__items">
            {layOut(day.items).map(({ item, lane, lanes }) => {
              const { offset, size } = spanOnGrid(item);
              return (
                <li
                  key={`${item.activityId}:${item.seriesDate}`}
                  class="week__item"
                  style={{
                    top: `${offset * 100}%`,
                    height: `${size * 100}%`,
                    left: `${(lane / lanes) * 100}%`,
                    width: `${100 / lanes}%`,
                  }}
                >
                  <AgendaBlock
                    item={item}
                    placeNames={places && placeNames(item.placeIds, places)}
                    titles={titles}
                    format={format}
                    onOpen={onOpen}
                    draggable={Boolean(onDrop)}
                  />
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
};
