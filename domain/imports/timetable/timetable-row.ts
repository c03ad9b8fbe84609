import type { SourceLocation } from '../import-snapshot';
import type { TimetableColumns } from './timetable-columns';

/**
 * Which weeks of the school year a line of a timetable runs: every week, week A or B of an alternation, or the
 * ISO week numbers it lists (« 37-43,45 »).
 */
export type WeekRule =
  | { kind: 'every' }
  | { kind: 'alternate'; week: 'A' | 'B' }
  | { kind: 'listed'; weeks: readonly number[] };

/** One line of a timetable export, read and checked: a course of a subject for classes, at a weekly time. */
export interface TimetableRow {
  at: SourceLocation;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local times HH:mm, on 5-minute marks, the end after the start. */
  start: string;
  end: string;
  weeks: WeekRule;
  subject: string;
  /** Classes or groups as the file names them (« 5e A », « 4 LV2 ESP »), one or more. */
  groups: readonly string[];
  /** Teachers and rooms as the file names them; either may be empty. */
  teachers: readonly string[];
  rooms: readonly string[];
  /**
   * The file's own column names, so that problems found later point at the column the admin sees; `class` is the
   * one this line's groups were read from (the group column when filled, the class column otherwise).
   */
  columns: TimetableColumns;
}
