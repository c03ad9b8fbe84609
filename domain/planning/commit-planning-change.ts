import type { AgendaEntry } from './agenda-entry';
import { type PlanningConflict, planningConflicts } from './planning-conflict';
import { PlanningConflictError, SlotTakenError } from './planning-errors';
import type { PlanningChange, PlanningStore } from './planning-ports';
import type { PlanningResource } from './planning-resource';
import { alsoHolding, exclusiveResourcesOf, type ResourceDay, resourceDayKey } from './resource-days';

export type LabelOf = (resource: PlanningResource) => string;

/**
 * Stores a change of the planning unless it meets conflicts the planner did not accept. The conflicts are read
 * first, to name them; the write is then guarded, so that of two planners saving overlapping activities at the same
 * moment, one only succeeds, and the other is told of the conflict.
 */
export const commitPlanningChange = async (
  change: Omit<PlanningChange, 'guarded'>,
  options: {
    acceptConflicts: boolean;
    labelOf: LabelOf;
    store: PlanningStore;
    ignore?: (conflict: PlanningConflict) => boolean;
  },
) => {
  const { acceptConflicts, labelOf, store } = options;
  const relevant = (conflicts: PlanningConflict[]) =>
    options.ignore ? conflicts.filter((conflict) => !options.ignore?.(conflict)) : conflicts;
  if (!acceptConflicts) {
    const conflicts = relevant(await conflictsOf(change.add, store, labelOf, change.alsoFree));
    if (conflicts.length > 0) throw new PlanningConflictError(conflicts);
  }
  try {
    await store.save({ ...change, guarded: !acceptConflicts });
  } catch (error) {
    if (!(error instanceof SlotTakenError)) throw error;
    throw new PlanningConflictError(await conflictsOf(change.add, store, labelOf, change.alsoFree));
  }
};

/**
 * The conflicts occurrences would meet, in one read of the resource-days they take, and of those of `alsoFree`
 * resources they must find free (a student's classes).
 */
export const conflictsOf = async (
  occurrences: readonly AgendaEntry[],
  store: PlanningStore,
  labelOf: LabelOf,
  alsoFree: readonly PlanningResource[] = [],
) => {
  const entries = occurrences.map((entry) => alsoHolding(entry, alsoFree));
  const days = new Map<string, ResourceDay>();
  for (const entry of entries) {
    for (const resource of exclusiveResourcesOf(entry)) {
      const day = { resource, date: entry.date };
      days.set(resourceDayKey(day), day);
    }
  }
  return planningConflicts(entries, await store.plannedOn([...days.values()]), labelOf);
};
