import { useCallback } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { DayList } from './day-list';
import { HomeBlock } from './home-section';

interface DayConflictsProps {
  api: Api;
  format: Format;
  places: ReadonlyMap<string, Place>;
}

/** The activities of the day that overlap on a room, a person, a class or equipment: what a planner settles first. */
export const DayConflicts = ({ api, format, places }: DayConflictsProps) => {
  const today = format.today();
  const load = useCallback((signal: AbortSignal) => api.dayConflicts(today, signal), [api, today]);
  const { state, retry } = useLoad(load);
  const { home } = format.messages;
  return (
    <HomeBlock title={home.conflicts}>
      <Loaded state={state} format={format} retry={retry}>
        {(conflicts) =>
          conflicts.length === 0 ? (
            <p class="home-count">{home.noConflicts}</p>
          ) : (
            <>
              <p class="home-count home-count--alert">{format.count(home.conflictCount, conflicts.length)}</p>
              <DayList
                items={conflicts}
                label={home.conflicts}
                places={places}
                format={format}
                withConflicts
              />
            </>
          )
        }
      </Loaded>
      <p>
        <Link href={paths.planningDay({ date: today })}>{home.dayPlanning}</Link>
      </p>
    </HomeBlock>
  );
};
