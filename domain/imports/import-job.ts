import type { ImportProblem, ImportSnapshot } from './import-snapshot';
import type { SpreadsheetMapping } from './spreadsheet/spreadsheet-mapping';

/** Directory sources, and the timetable, whose courses go to the planning. */
export type ImportSource = ImportSnapshot['source'] | 'timetable';
export const importSources: readonly ImportSource[] = [
  'siecle',
  'stsweb',
  'oneroster',
  'spreadsheet',
  'timetable',
];

/**
 * An import job: files uploaded, then checked (dry run: a report, nothing written), then applied. A job that
 * failed half-way can be applied again; it finishes what is left and makes no duplicate.
 */
export type ImportStatus = 'created' | 'planning' | 'planned' | 'applying' | 'applied' | 'failed';

export interface ImportSummary {
  create: number;
  update: number;
  retire: number;
  unchanged: number;
  classes: number;
  links: number;
  /** A timetable's course projects to create; `create` then counts its weekly courses. */
  projects?: number;
}

export interface ImportJob {
  jobId: string;
  source: ImportSource;
  files: string[];
  /** A spreadsheet's source (« Inscriptions du conservatoire »): its column mapping is saved under this name. */
  sourceName: string | null;
  /** The columns a spreadsheet is read with: given, saved for the source, or suggested by the headers. */
  mapping: SpreadsheetMapping | null;
  status: ImportStatus;
  /** `next`: prepares next school year; applying keeps it aside until the school switches years. */
  target: 'current' | 'next';
  createdAt: string;
  createdBy: { personId: string; name: string };
  progress: { done: number; total: number } | null;
  summary: ImportSummary | null;
  /** The first problems of the last run; `problemCount` counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Whether the last dry run found errors, which keep the job from being applied. */
  hasErrors: boolean;
  /** When the last dry run finished; a job is applied only after one that read every file. */
  checkedAt: string | null;
  error: string | null;
  /**
   * An apply's chunks: the run they belong to (a job applied again cuts new ones), how many, and how many are
   * written and counted (each once).
   */
  chunks?: { run: number; total: number; done: number } | null;
  /** Why an apply stopped, for the portal to word: the part of the chunks that failed (`error` says it too). */
  failure?: { code: 'chunk_failed'; part: number; parts: number } | null;
  /**
   * The school year of files that are not of the year the job fills, found by the last dry run: the job is
   * applied only with that year confirmed (`confirmedYear`). Absent on jobs older than the check.
   */
  yearToConfirm?: string | null;
  confirmedYear?: string | null;
  version: number;
}

/** How many problems a job keeps to show; the full report is the dry run's to recompute. */
export const problemsKept = 200;
