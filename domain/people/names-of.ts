import { fullName } from '#domain/identity/actor';
import type { Place } from '#domain/places/place';
import type { Person, SchoolClass } from './person';

/** What names things: the ids of the places, people and classes an occurrence, an entry or a line refers to. */
export interface NamedRefs {
  placeIds: readonly string[];
  personIds: readonly string[];
  classIds: readonly string[];
}

/** The directory's reads by id, as planning and sharing hold them. */
export interface NamesDirectory {
  places(placeIds: readonly string[]): Promise<Place[]>;
  people(personIds: readonly string[]): Promise<Person[]>;
  classes(classIds: readonly string[]): Promise<SchoolClass[]>;
}

/** The names of the places, people and classes of occurrences, read in three batches. */
export const namesOf = async (entries: readonly NamedRefs[], ports: { directory: NamesDirectory }) => {
  const [places, people, classes] = await Promise.all([
    ports.directory.places(entries.flatMap((entry) => entry.placeIds)),
    ports.directory.people(entries.flatMap((entry) => entry.personIds)),
    ports.directory.classes(entries.flatMap((entry) => entry.classIds)),
  ]);
  return {
    places: new Map(places.map((place) => [place.id, place.name])),
    people: new Map(people.map((person) => [person.personId, fullName(person)])),
    classes: new Map(classes.map((schoolClass) => [schoolClass.classId, schoolClass.label])),
  };
};
