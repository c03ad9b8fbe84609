import { fullName } from '#domain/identity/actor';
import { ValidationError } from '#domain/shared/errors';
import type { ActivityResources } from './activity';
import type { PlanningDirectory } from './planning-ports';
import type { PlanningResource } from './planning-resource';

/**
 * Checks that an activity names places, people and classes the school has (active places only), and gives
 * their names for conflict messages and events.
 */
export const resourceLabels = async (
  resources: ActivityResources,
  directory: PlanningDirectory,
  { check } = { check: true },
) => {
  const [places, people, classes] = await Promise.all([
    directory.places(resources.placeIds),
    directory.people(resources.personIds),
    directory.classes(resources.classIds),
  ]);
  const labels = new Map<string, string>([
    ...places.map((place) => [`place#${place.id}`, place.name] as const),
    ...people.map((person) => [`person#${person.personId}`, fullName(person)] as const),
    ...classes.map((schoolClass) => [`class#${schoolClass.classId}`, schoolClass.label] as const),
  ]);
  if (!check) return labelFrom(labels);
  const activePlaces = new Set(places.filter((place) => place.status === 'active').map((place) => place.id));
  refuseUnknown('placeIds', resources.placeIds, (id) => activePlaces.has(id), 'no active place');
  refuseUnknown('personIds', resources.personIds, (id) => labels.has(`person#${id}`), 'nobody');
  refuseUnknown('classIds', resources.classIds, (id) => labels.has(`class#${id}`), 'no class');
  return labelFrom(labels);
};

const labelFrom = (labels: Map<string, string>) => (resource: PlanningResource) =>
  labels.get(`${resource.kind}#${resource.id}`) ?? resource.id;

const refuseUnknown = (
  field: string,
  ids: readonly string[],
  isKnown: (id: string) => boolean,
  what: string,
) => {
  const unknown = ids.filter((id) => !isKnown(id));
  if (unknown.length > 0)
    throw new ValidationError(field, `names ${what} with id ${unknown.join(', ')}`, 'unknown_id');
};
