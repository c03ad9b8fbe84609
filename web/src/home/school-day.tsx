import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { closedReason } from '../planning/closed-reason';
import { usePlacesById } from '../planning/use-places-by-id';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { DayList } from './day-list';
import { HomeBlock } from './home-section';
import { dedupeItems, nowIn, stillToCome } from './still-to-come';

/** How many of the day's activities still to come the block lists; the day's planning shows them all. */
const shown = 6;

/**
 * « La journée de l’établissement » for the school's staff: how busy the day is, what is still to come in its
 * rooms, and the places' planning of the day one tap away.
 */
export const SchoolDay = ({ api, format }: { api: Api; format: Format }) => {
  const places = usePlacesById(api);
  const today = format.today();
  const load = useCallback((signal: AbortSignal) => api.placesDay({ date: today }, signal), [api, today]);
  const { state, retry } = useLoad(load);
  const { home } = format.messages;
  return (
    <HomeBlock title={home.schoolDay}>
      <Loaded state={state} format={format} retry={retry}>
        {(day) => {
          const items = dedupeItems(day.places.flatMap((place) => place.items));
          if (!day.open && items.length === 0) {
            return (
              <p class="home-count">
                {format.fill(home.schoolDayClosed, { reason: closedReason(day, format.messages) })}
              </p>
            );
          }
          const coming = stillToCome(items, nowIn(format.timeZone));
          const listed = coming.slice(0, shown);
          return (
            <>
              <p class="home-count">{format.count(home.schoolDayCount, items.length)}</p>
              {listed.length > 0 && (
                <DayList items={listed} label={home.schoolDayList} places={places} format={format} />
              )}
              {coming.length > listed.length && (
                <p class="muted">{format.count(home.moreToday, coming.length - listed.length)}</p>
              )}
            </>
          );
        }}
      </Loaded>
      <p>
        <Link href={paths.planningDay({ date: today })} class="button">
          {home.dayPlanning}
        </Link>
      </p>
    </HomeBlock>
  );
};
