import { useCallback } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api } from '../api';
import { closedReason } from '../planning/closed-reason';
import { plusDays } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { DayList } from './day-list';
import { nextDaysOf } from './next-days';

interface PersonDaysProps {
  api: Api;
  format: Format;
  personId: string;
  /** The accessible name of each day's list, before the day: « La journée de Léa ». */
  label: string;
  places: ReadonlyMap<string, Place>;
}

/** How far ahead the next days are looked for: a week covers a weekend and a bank holiday. */
const lookAhead = 7;

/**
 * A person's day and the next school days, one read of their planning: what a parent checks in the morning and the
 * evening before (where is my child tomorrow, and the day after).
 */
export const PersonDays = ({ api, format, personId, label, places }: PersonDaysProps) => {
  const today = format.today();
  const load = useCallback(
    (signal: AbortSignal) =>
      api.agenda('person', personId, { from: today, to: plusDays(today, lookAhead) }, signal),
    [api, personId, today],
  );
  const { state, retry } = useLoad(load);
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const { home } = format.messages;
  return (
    <div class="home-days">
      {nextDaysOf(state.value.days, today).map((day) => {
        const name = day.date === today ? `${home.today}, ${format.day(day.date)}` : format.day(day.date);
        const reason = !day.open && day.items.length === 0 ? closedReason(day, format.messages) : undefined;
        return (
          <div key={day.date} class="home-days__day">
            <p class="home-days__date">{name}</p>
            {day.items.length > 0 ? (
              <DayList items={day.items} label={`${label}, ${name}`} places={places} format={format} />
            ) : (
              <p class="notice">{reason ? format.fill(home.closedOn, { reason }) : home.nothingOn}</p>
            )}
          </div>
        );
      })}
    </div>
  );
};
