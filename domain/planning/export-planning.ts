import type { PersonVisibility } from '#domain/identity/person-visibility';
import { namesOf } from '#domain/people/names-of';
import { daysBetween } from '#domain/shared/calendar/calendar-days';
import { planningExportRows } from './export/planning-export-row';
import type { PlanningPorts } from './planning-ports';
import { personIdsIn, visibleItems } from './visible-planning';

/** Every occurrence of a period, with the names of its places, people and classes, once each. */
export const exportPlanning = async (
  span: { from: string; to: string },
  ports: Pick<PlanningPorts, 'planning' | 'directory'>,
  visibilityOf: (personIds: string[]) => Promise<PersonVisibility>,
) => {
  const read = (
    await Promise.all(daysBetween(span.from, span.to).map((date) => ports.planning.allOn(date)))
  ).flat();
  const entries = visibleItems(read, await visibilityOf(personIdsIn(read)));
  return planningExportRows(entries, await namesOf(entries, ports));
};
