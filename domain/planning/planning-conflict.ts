import type { AgendaEntry, AgendaItem } from './agenda-entry';
import { overlaps } from './conflicts';
import type { ResourceKind } from './planning-resource';
import { exclusiveResourcesOf, type ResourceDay, resourceDayKey } from './resource-days';

/** An occurrence that would share a place, a person, a class or a piece of equipment with another one. */
export interface PlanningConflict {
  resource: { kind: Exclude<ResourceKind, 'project'>; id: string; label: string };
  date: string;
  start: string;
  end: string;
  /** The other activity. */
  activityId: string;
  title: string;
}

/** What is already planned on the resource-days an activity would take, as the store reads them. */
export type PlannedDays = ReadonlyMap<string, readonly AgendaEntry[]>;

/**
 * The conflicts candidate occurrences would meet: for each exclusive resource they take on a day, every other
 * activity's occurrence there that overlaps. Occurrences of the activity itself never conflict with it (a move).
 * Listed in time order, then place by place (then people, classes, equipment), as a planner reads them.
 */
export const planningConflicts = (
  candidates: readonly AgendaEntry[],
  planned: PlannedDays,
  labelOf: (resource: { kind: ResourceKind; id: string }) => string,
): PlanningConflict[] =>
  candidates
    .flatMap((candidate) =>
      exclusiveResourcesOf(candidate).flatMap((resource) => {
        const day: ResourceDay = { resource, date: candidate.date };
        return (planned.get(resourceDayKey(day)) ?? [])
          .filter((other) => other.activityId !== candidate.activityId && overlaps(candidate, other))
          .map((other) => ({
            resource: {
              kind: resource.kind as PlanningConflict['resource']['kind'],
              id: resource.id,
              label: labelOf(resource),
            },
            date: other.date,
            start: other.start,
            end: other.end,
            activityId: other.activityId,
            title: other.title,
          }));
      }),
    )
    .sort(inTimeOrder);

const resourceOrder: readonly PlanningConflict['resource']['kind'][] = [
  'place',
  'person',
  'class',
  'equipment',
];

/** Conflicts by day and start, then by place (a place before a person, a class or equipment), then by title. */
export const inTimeOrder = (a: PlanningConflict, b: PlanningConflict): number =>
  a.date.localeCompare(b.date) ||
  a.start.localeCompare(b.start) ||
  resourceOrder.indexOf(a.resource.kind) - resourceOrder.indexOf(b.resource.kind) ||
  a.resource.label.localeCompare(b.resource.label, 'fr') ||
  a.end.localeCompare(b.end) ||
  a.title.localeCompare(b.title, 'fr');

/** The entries of a planning view, each with the other activities it overlaps in that view. */
export const withOverlaps = (entries: readonly AgendaEntry[]): AgendaItem[] =>
  entries.map((entry) => ({
    ...entry,
    conflictsWith: [
      ...new Set(
        entries
          .filter((other) => other.activityId !== entry.activityId && overlaps(entry, other))
          .map((other) => other.activityId),
      ),
    ],
  }));
