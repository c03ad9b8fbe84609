import type { OutgoingEvent } from '#events/envelope';
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
  /** Stores a new place and the events that announce it, all or nothing; its id must not exist yet. */
  add(place: Place, events: readonly OutgoingEvent[]): Promise<void>;
  /**
   * Replaces a place and stores the events that announce the change, all or nothing, if its stored version is
   * still `expectedVersion`; else throws StaleVersionError and stores nothing.
   */
  replace(place: Place, expectedVersion: number, events: readonly OutgoingEvent[]): Promise<void>;
  select(selection: PlaceSelection): Promise<PlacePage>;
}
