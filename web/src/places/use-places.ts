import { useEffect, useState } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api, PlaceFilters } from '../api';

export type PlacesState =
  | { status: 'loading'; places: Place[] }
  | { status: 'loaded'; places: Place[] }
  | { status: 'failed'; places: Place[]; error: unknown };

/**
 * The places matching the filters. While new filters load, the previous list stays on screen (marked busy)
 * rather than flashing empty; a change of filters cancels the request still running.
 */
export const usePlaces = (api: Api, { kind, site }: PlaceFilters) => {
  const [state, setState] = useState<PlacesState>({ status: 'loading', places: [] });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const request = new AbortController();
    setState((previous) => ({ status: 'loading', places: previous.places }));
    api.allPlaces({ kind, site }, request.signal).then(
      (places) => {
        if (!request.signal.aborted) setState({ status: 'loaded', places });
      },
      (error: unknown) => {
        if (!request.signal.aborted) setState({ status: 'failed', places: [], error });
      },
    );
    return () => request.abort();
  }, [api, kind, site, attempt]);

  return { state, retry: () => setAttempt((count) => count + 1) };
};
