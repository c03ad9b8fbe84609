import { useCallback } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api } from '../api';
import { closedReason } from '../planning/closed-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { DayList } from './day-list';

interface PersonDayProps {
  api: Api;
  format: Format;
  personId: string;
  /** The list's accessible name. */
  label: string;
  places: ReadonlyMap<string, Place>;
}

/** A person's day from their planning: their courses, their rehearsals, the rooms they booked. */
export const PersonDay = ({ api, format, personId, label, places }: PersonDayProps) => {
  const today = format.today();
  const load = useCallback(
    (signal: AbortSignal) => api.agenda('person', personId, { from: today, to: today }, signal),
    [api, personId, today],
  );
  const { state, retry } = useLoad(load);
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const { home } = format.messages;
  const day = state.value.days.find(({ date }) => date === today);
  if (!day || day.items.length === 0) {
    const reason = day && !day.open ? closedReason(day, format.messages) : undefined;
    return <p class="notice">{reason ? format.fill(home.closedToday, { reason }) : home.nothingToday}</p>;
  }
  return <DayList items={day.items} label={label} places={places} format={format} />;
};
