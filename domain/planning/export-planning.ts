import { fullName } from '../identity/actor';
import { daysBetween } from './calendar-days';
import { planningExportRows } from './export/planning-export-row';
import type { PlanningPorts } from './planning-ports';

/** Every occurrence of a period, with the names of its places, people and classes, once each. */
export const exportPlanning = async (
  span: { from: string; to: string },
  ports: Pick<PlanningPorts, 'planning' | 'directory'>,
) => {
  const entries = (
    await Promise.all(daysBetween(span.from, span.to).map((date) => ports.planning.allOn(date)))
  ).flat();
  const [places, people, classes] = await Promise.all([
    ports.directory.places(entries.flatMap((entry) => entry.placeIds)),
    ports.directory.people(entries.flatMap((entry) => entry.personIds)),
    ports.directory.classes(entries.flatMap((entry) => entry.classIds)),
  ]);
  return planningExportRows(entries, {
    places: new Map(places.map((place) => [place.id, place.name])),
    people: new Map(people.map((person) => [person.personId, fullName(person)])),
    classes: new Map(classes.map((schoolClass) => [schoolClass.classId, schoolClass.label])),
  });
};
