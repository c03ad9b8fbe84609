import type { PlanningExportRow } from './planning-export-row';

/**
 * The export for software that reads JSON: ISO dates, ids next to every name, the same fields in the same order
 * whatever the rows, so that a consumer's parser does not break when a field is empty.
 */
export const planningJson = (rows: readonly PlanningExportRow[]) => ({
  items: rows.map((row) => ({
    activityId: row.activityId,
    projectId: row.projectId,
    seriesDate: row.seriesDate,
    date: row.date,
    weekday: row.weekday,
    start: row.start,
    end: row.end,
    title: row.title,
    projectKind: row.projectKind,
    classes: row.classes.map(({ id, name }) => ({ id, name })),
    people: row.people.map(({ id, name }) => ({ id, name })),
    places: row.places.map(({ id, name }) => ({ id, name })),
    moved: row.moved,
  })),
});
