import { useEffect, useState } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api, PlaceFilters as Filters } from '../api';
import { makesBookings } from '../people/abilities';
import type { Me } from '../people/person';
import type { Format } from '../shell/i18n/format';
import { NameFilterField, ShowMore } from '../shell/lists/long-list-controls';
import { type LongList, useLongList } from '../shell/lists/use-long-list';
import { describeLoadError } from './describe-load-error';
import { mergeSites } from './known-sites';
import { PlaceFilters } from './place-filters';
import { filtersFromSearch, searchFromFilters } from './place-filters-in-url';
import { PlacesTable } from './places-table';
import { type PlacesState, usePlaces } from './use-places';

interface PlacesPageProps {
  api: Api;
  format: Format;
  me: Me;
}

const nameOfPlace = (place: Place) => place.name;

/** « Lieux »: every active place of the school, filtered by kind, site and name, a page at a time. */
export const PlacesPage = ({ api, format, me }: PlacesPageProps) => {
  const [filters, setFilters] = useState(() => filtersFromSearch(location.search));
  const { state, retry } = usePlaces(api, filters);
  const [sites, setSites] = useState<readonly string[]>(() => (filters.site ? [filters.site] : []));
  const list = useLongList(state.places, nameOfPlace);

  useEffect(() => {
    if (state.status === 'loaded') setSites((known) => mergeSites(known, state.places, format.localeTag));
  }, [state, format.localeTag]);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    history.replaceState(history.state, '', `${location.pathname}${searchFromFilters(next)}${location.hash}`);
  };

  return (
    <section class="page" aria-labelledby="places-title">
      <div class="page__heading">
        <h2 id="places-title">{format.messages.placesTitle}</h2>
        <p class="page__count" role="status">
          {state.status === 'loaded' && format.placeCount(list.total)}
          {state.status === 'loading' && format.messages.loading}
        </p>
      </div>
      <PlaceFilters filters={filters} sites={sites} format={format} onChange={changeFilters}>
        <NameFilterField list={list} format={format} />
      </PlaceFilters>
      <PlacesResult
        state={state}
        list={list}
        filtered={Boolean(filters.kind || filters.site || list.typed.trim())}
        format={format}
        retry={retry}
        booksRooms={makesBookings(me.profiles)}
      />
    </section>
  );
};

interface PlacesResultProps {
  state: PlacesState;
  list: LongList<Place>;
  filtered: boolean;
  format: Format;
  retry: () => void;
  booksRooms: boolean;
}

const PlacesResult = ({ state, list, filtered, format, retry, booksRooms }: PlacesResultProps) => {
  const { messages } = format;
  if (state.status === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p>{describeLoadError(state.error, format)}</p>
        <button type="button" class="button" onClick={retry}>
          {messages.retry}
        </button>
      </div>
    );
  }
  if (state.status === 'loaded' && list.total === 0) {
    return <p class="notice">{filtered ? messages.noMatchingPlaces : messages.noPlaces}</p>;
  }
  if (list.items.length === 0) return null;
  return (
    <>
      <PlacesTable
        places={list.items}
        format={format}
        busy={state.status === 'loading'}
        booksRooms={booksRooms}
      />
      <ShowMore list={list} format={format} />
    </>
  );
};
