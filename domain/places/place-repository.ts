import type { Place, PlaceKind, PlaceStatus } from './place';

export interface PlacePage {
  items: Place[];
  nextCursor: string | null;
}

export interface PlaceSelection {
  status: PlaceStatus;
  kind?: PlaceKind;
  /** Key of the site, as `keyOf(site)` gives it. */
  siteKey?: string;
  limit: number;
  cursor?: string;
}

export interface PlaceRepository {
  get(placeId: string): Promise<Place | undefined>;
  /** Stores a new place; its id must not exist yet. */
  add(place: Place): Promise<void>;
  /** Replaces a place if its stored version is still `expectedVersion`, else throws StaleVersionError. */
  replace(place: Place, expectedVersion: number): Promise<void>;
  select(selection: PlaceSelection): Promise<PlacePage>;
}
