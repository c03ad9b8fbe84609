/** The grids lay out overlapping blocks as the printed timetable does: one rule, in the domain. */
export { type Laid, layOut } from '#domain/planning/lanes';
