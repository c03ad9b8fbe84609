import { useEffect, useState } from 'preact/hooks';
import type { Api, PlaceFilters as Filters } from '../api';
import { makesBookings } from '../people/abilities';
import type { Me } from '../people/person';
import type { Format } from '../shell/i18n/format';
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

/** « Lieux »: every active place of the school, filtered by kind and site. */
export const PlacesPage = ({ api, format, me }: PlacesPageProps) => {
  const [filters, setFilters] = useState(() => filtersFromSearch(location.search));
  const { state, retry } = usePlaces(api, filters);
  const [sites, setSites] = useState<readonly string[]>(() => (filters.site ? [filters.site] : []));

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
          {state.status === 'loaded' && format.placeCount(state.places.length)}
          {state.status === 'loading' && format.messages.loading}
        </p>
      </div>
      <PlaceFilters filters={filters} sites={sites} format={format} onChange={changeFilters} />
      <PlacesResult
        state={state}
        filtered={Boolean(filters.kind || filters.site)}
        format={format}
        retry={retry}
        booksRooms={makesBookings(me.profiles)}
      />
    </section>
  );
};

interface PlacesResultProps {
  state: PlacesState;
  filtered: boolean;
  format: Format;
  retry: () => void;
  booksRooms: boolean;
}

const PlacesResult = ({ state, filtered, format, retry, booksRooms }: PlacesResultProps) => {
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
  if (state.status === 'loaded' && state.places.length === 0) {
    return <p class="notice">{filtered ? messages.noMatchingPlaces : messages.noPlaces}</p>;
  }
  if (state.places.length === 0) return null;
  return (
    <PlacesTable
      places={state.places}
      format={format}
      busy={state.status === 'loading'}
      booksRooms={booksRooms}
    />
  );
};
