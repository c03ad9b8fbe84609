import type { ImportProblem } from '../import-snapshot';
import type { TimetableRow } from './timetable-row';

/** A problem at a line of the timetable, in a column the file names (undefined when the file lacks it). */
export const lineProblem = (
  row: Pick<TimetableRow, 'at'>,
  column: string | undefined,
  reason: string,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem => ({ severity, at: row.at, ...(column === undefined ? {} : { field: column }), reason });
