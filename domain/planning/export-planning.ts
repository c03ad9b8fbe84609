import { namesOf } from '../sharing/shared-entries';
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
  return planningExportRows(entries, await namesOf(entries, ports));
};
