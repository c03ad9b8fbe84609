import type { PlaceSnapshot } from '#events/places/place-events';

export const placeKinds = [
  'classroom',
  'practice-room',
  'rehearsal-room',
  'concert-hall',
  'dance-studio',
  'recording-studio',
  'lecture-hall',
  'library',
  'office',
  'off-site-venue',
] as const;

export type PlaceKind = (typeof placeKinds)[number];

/** Equipment the web app knows how to name; schools may use their own types too. */
export const knownEquipmentTypes = [
  'grand-piano',
  'upright-piano',
  'harpsichord',
  'organ',
  'drum-kit',
  'music-stands',
  'projector',
  'sound-system',
  'recording-desk',
  'mirrors',
  'barre',
  'sprung-floor',
  'whiteboard',
] as const;

export interface Equipment {
  type: string;
  quantity: number;
}

/** A place as the API shows it and the events carry it. */
export type Place = PlaceSnapshot & { kind: PlaceKind };

export type PlaceStatus = Place['status'];
