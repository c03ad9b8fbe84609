import type { SchoolYears as StoredYears } from '#domain/imports/school-years';
import { type Pause, pauseFor } from './poll-import-job';

export type { PreparedImport } from '#domain/imports/school-years';

/** The current year, the next one while it is prepared, and whether the switch between them runs. */
export type SchoolYears = Omit<StoredYears, 'version'>;

/** The switch writes every prepared import: minutes, not seconds, so every two seconds is enough. */
export const switchPollingInterval = 2000;

/** Whether the school can move on: next year prepared from at least one import, and no switch running. */
export const canSwitch = (years: SchoolYears) =>
  !years.switching && years.next !== null && years.next.imports.length > 0;

/**
 * Reads the years, and reads them again every two seconds while the switch runs. Each reading goes to `onYears`.
 * Returns the years once no switch runs, or undefined when the signal aborts (the page was left).
 */
export const pollSchoolYears = async (
  readYears: (signal: AbortSignal) => Promise<SchoolYears>,
  onYears: (years: SchoolYears) => void,
  signal: AbortSignal,
  pause: Pause = pauseFor,
): Promise<SchoolYears | undefined> => {
  while (!signal.aborted) {
    const years = await readYears(signal);
    if (signal.aborted) break;
    onYears(years);
    if (!years.switching) return years;
    await pause(switchPollingInterval, signal);
  }
  return undefined;
};
