import { fullName } from '../identity/actor';
import type { AgendaEntry } from '../planning/agenda-entry';
import type { PlanningPorts } from '../planning/planning-ports';
import type { PlanningResource } from '../planning/planning-resource';
import { dedupe } from '../planning/read-agenda';

/**
 * The occurrences a shared planning shows over a span: a resource's, and for a person those of their classes and
 * groups too (a student's courses), each once.
 */
export const sharedEntries = async (
  resource: PlanningResource,
  span: { from: string; to: string },
  ports: Pick<PlanningPorts, 'planning' | 'directory'>,
) => {
  const classIds = resource.kind === 'person' ? await classesOfPerson(resource.id, ports) : [];
  const lists = await Promise.all([
    ports.planning.agenda(resource, span.from, span.to),
    ...classIds.map((id) => ports.planning.agenda({ kind: 'class', id }, span.from, span.to)),
  ]);
  return dedupe(lists.flat());
};

/** The classes and groups a person is in, which a person's planning takes in. */
export const classesOfPerson = async (personId: string, ports: Pick<PlanningPorts, 'directory'>) => {
  const [person] = await ports.directory.people([personId]);
  return [person?.classId, ...(person?.groupIds ?? [])].filter((id): id is string => id !== undefined);
};

/** The names of the places, people and classes of occurrences, read in three batches. */
export const namesOf = async (entries: readonly AgendaEntry[], ports: Pick<PlanningPorts, 'directory'>) => {
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
