import { useEffect, useState } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api } from '../api';
import { useReportLoading } from '../shell/loading/pending-loads';

const loaded = new WeakMap<Api, Promise<Place[]>>();

/** The school's places, asked once per session of the page: they seldom change while someone plans. */
export const placesOnce = (api: Api): Promise<Place[]> => {
  let places = loaded.get(api);
  if (!places) {
    places = api.allPlaces({});
    // A failure is not kept: the next page asks again.
    places.catch(() => loaded.delete(api));
    loaded.set(api, places);
  }
  return places;
};

/**
 * The places by id, for the names a planning shows (its entries carry ids only). Until they load, or if they do
 * not, the map is empty and blocks show no place rather than failing.
 */
export const usePlacesById = (api: Api): ReadonlyMap<string, Place> => {
  const [places, setPlaces] = useState<ReadonlyMap<string, Place>>(new Map());
  const [asking, setAsking] = useState(true);
  // A page that shows its blocks at once waits for the names of places too: they add a line to each entry.
  useReportLoading(asking);
  useEffect(() => {
    let current = true;
    placesOnce(api).then(
      (list) => {
        if (current) {
          setPlaces(new Map(list.map((place) => [place.id, place])));
          setAsking(false);
        }
      },
      () => {
        if (current) setAsking(false);
      },
    );
    return () => {
      current = false;
    };
  }, [api]);
  return places;
};

export const placeNames = (placeIds: readonly string[], places: ReadonlyMap<string, Place>) =>
  placeIds.map((id) => places.get(id)?.name).filter((name): name is string => name !== undefined);
