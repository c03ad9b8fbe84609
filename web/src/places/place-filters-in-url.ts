import { type PlaceKind, placeKinds } from '#domain/places/place';
import type { PlaceFilters } from '../api';

/** The filters a link carries, e.g. `?kind=dance-studio&site=Site%20Berlioz`; an unknown kind is ignored. */
export const filtersFromSearch = (search: string): PlaceFilters => {
  const query = new URLSearchParams(search);
  const kind = query.get('kind');
  const site = query.get('site')?.trim();
  return {
    ...(placeKinds.includes(kind as PlaceKind) ? { kind: kind as PlaceKind } : {}),
    ...(site ? { site } : {}),
  };
};

/** The query string of the filters, so that a filtered list can be bookmarked or shared. */
export const searchFromFilters = (filters: PlaceFilters): string => {
  const query = new URLSearchParams();
  if (filters.kind) query.set('kind', filters.kind);
  if (filters.site) query.set('site', filters.site);
  const search = query.toString();
  return search ? `?${search}` : '';
};
