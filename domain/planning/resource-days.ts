import type { AgendaEntry } from './agenda-entry';
import { isExclusive, type PlanningResource } from './planning-resource';

/** A resource's day: the unit a planning is stored, read and checked by. */
export interface ResourceDay {
  resource: PlanningResource;
  date: string;
}

/** The resource-days an occurrence takes: each of its places, people, classes and equipment, and its project. */
export const resourcesOf = (entry: AgendaEntry): PlanningResource[] => [
  ...entry.placeIds.map((id) => ({ kind: 'place' as const, id })),
  ...entry.personIds.map((id) => ({ kind: 'person' as const, id })),
  ...entry.classIds.map((id) => ({ kind: 'class' as const, id })),
  ...entry.equipmentIds.map((id) => ({ kind: 'equipment' as const, id })),
  { kind: 'project', id: entry.projectId },
];

export const exclusiveResourcesOf = (entry: AgendaEntry) =>
  resourcesOf(entry).filter((resource) => isExclusive(resource.kind));

export const resourceDayKey = ({ resource, date }: ResourceDay) => `${resource.kind}#${resource.id}#${date}`;

/** An occurrence as if it also held these resources: what it must find free, though it is not written there. */
export const alsoHolding = (entry: AgendaEntry, resources: readonly PlanningResource[]): AgendaEntry => {
  const more = (kind: PlanningResource['kind'], ids: readonly string[]) => [
    ...new Set([...ids, ...resources.filter((resource) => resource.kind === kind).map(({ id }) => id)]),
  ];
  return resources.length === 0
    ? entry
    : {
        ...entry,
        placeIds: more('place', entry.placeIds),
        personIds: more('person', entry.personIds),
        classIds: more('class', entry.classIds),
        equipmentIds: more('equipment', entry.equipmentIds),
      };
};
