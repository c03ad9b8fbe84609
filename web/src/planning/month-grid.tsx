import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { closedReason } from './closed-reason';
import type { AgendaDay, AgendaItem, ResourceKind } from './planning-types';

interface MonthGridProps {
  kind: ResourceKind;
  id: string;
  /** Whole weeks, Monday to Sunday, from the week of the month's first day to that of its last. */
  days: readonly AgendaDay[];
  /** The month shown, YYYY-MM: days of the weeks around it are greyed and list nothing. */
  month: string;
  today: string;
  format: Format;
  onOpen: (item: AgendaItem) => void;
}

/** A day cell lists this many activities; the rest are counted, with a link to the day's week. */
const shownPerDay = 4;

/**
 * A month as a calendar: a row per week, a cell per day with its activities (start time and title, in time
 * order), each opening its details; a busier day links to its week. Each day is a list item with its date as
 * heading, which is what a screen reader reads.
 */
export const MonthGrid = ({ kind, id, days, month, today, format, onOpen }: MonthGridProps) => {
  const { planning } = format.messages;
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map(format.weekday);
  return (
    <div class="grid-scroll">
      <div class="month">
        <div class="month__weekdays" aria-hidden="true">
          {weekdays.map((weekday) => (
            <span key={weekday} class="month__weekday">
              {weekday}
            </span>
          ))}
        </div>
        <ol class="month__days">
          {days.map((day) => {
            const inMonth = day.date.startsWith(month);
            const more = day.items.length - shownPerDay;
            return (
              <li
                key={day.date}
                class={`month__day${inMonth ? '' : ' month__day--outside'}${day.open ? '' : ' month__day--closed'}${day.date === today ? ' month__day--today' : ''}`}
              >
                <h3 class="month__date">
                  <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                  <span class="visually-hidden">{format.day(day.date)}</span>
                </h3>
                {inMonth && !day.open && day.items.length === 0 && (
                  <p class="month__closed">{closedReason(day, format.messages)}</p>
                )}
                {inMonth && day.items.length > 0 && (
                  <ol class="month__items">
                    {day.items.slice(0, shownPerDay).map((item) => (
                      <li key={`${item.activityId}:${item.seriesDate}`}>
                        <button
                          type="button"
                          class={`month__item block--${item.projectKind}${item.conflictsWith.length > 0 ? ' month__item--conflict' : ''}`}
                          title={`${format.timeSpan(item.start, item.end)} · ${item.title}`}
                          onClick={() => onOpen(item)}
                        >
                          {item.conflictsWith.length > 0 && <span aria-hidden="true">⚠ </span>}
                          <span class="month__time">{format.time(item.start)}</span>{' '}
                          {item.hold && <span class="block__option">{planning.option}</span>}
                          {item.title}
                          <span class="visually-hidden">
                            {' '}
                            {format.timeSpan(item.start, item.end)}
                            {item.conflictsWith.length > 0 &&
                              `, ${format.fill(planning.conflictWith, { titles: planning.anotherActivity })}`}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ol>
                )}
                {inMonth && more > 0 && (
                  <Link class="month__more" href={paths.planningWeek(kind, id, { date: day.date })}>
                    {format.count(planning.views.more, more)}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
};
