import { keyOf } from '#domain/shared/text';
import { type DirectoryMatch, matcherOf } from './directory-match';

/** Finds active places by name; « Salle 12 » and « 12 » are the same room, as timetables often drop the word. */
export const roomFinder = (places: readonly { id: string; name: string }[]) => {
  const match = matcherOf(places, (place) => [roomKey(place.name)]);
  return (written: string): DirectoryMatch<{ id: string; name: string }> => match(roomKey(written));
};

const roomKey = (name: string) => keyOf(name).replace(/^salle-/, '');
