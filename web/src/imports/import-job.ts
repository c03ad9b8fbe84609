import type { SpreadsheetMapping } from '#domain/imports/spreadsheet/spreadsheet-mapping';
import { hasErrors } from './import-problems';

export type { ImportedKind } from '#domain/imports/import-snapshot';
export type { SpreadsheetMapping } from '#domain/imports/spreadsheet/spreadsheet-mapping';

/** Where the directory comes from: the exports of the national applications, OneRoster, or a spreadsheet. */
import type {
  ImportJob as DomainImportJob,
  ImportSource,
  ImportStatus,
  ImportSummary,
} from '#domain/imports/import-job';

export { importSources } from '#domain/imports/import-job';
export type { ImportSource, ImportStatus, ImportSummary };

/** `next` prepares next school year: applied aside, written into the directory when the school switches years. */
export type ImportTarget = 'current' | 'next';

export interface ImportProgress {
  done: number;
  total: number;
}

/** A problem found in the files, as a row of the report: a line for a CSV file, an element for XML. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  element?: string;
  field?: string;
  reason: string;
  /** The column of a problem of the file's text (wrong encoding, cut short). */
  column?: number;
  /** A stable code the portal words itself (`imports.problemCodes`), with the values its sentence needs. */
  code?: string;
  values?: Record<string, string>;
}

/** An import job as the API reads it: `problems` holds the first ones only, `problemCount` counts them all. */
export interface ImportJob {
  jobId: string;
  source: ImportSource;
  files: string[];
  /**
   * A spreadsheet's source, its column mapping (the one the dry run read the file with) and the year the job
   * fills. Optional: answers of an API that predates them lack them.
   */
  sourceName?: string | null;
  mapping?: SpreadsheetMapping | null;
  target?: ImportTarget;
  status: ImportStatus;
  createdAt: string;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  problems: ImportProblem[];
  problemCount: number;
  error: string | null;
  /** An apply's chunks and, when one failed, which: answers of an API that predates them lack them. */
  chunks?: DomainImportJob['chunks'];
  failure?: DomainImportJob['failure'];
  /** The school year of files of another year than the job fills: applying needs it confirmed. */
  yearToConfirm?: string | null;
}

/** What an import is made of, besides its files: the source, and for a spreadsheet its name and columns. */
export interface ImportChoices {
  source: ImportSource;
  /** Required for a spreadsheet, such as « Inscriptions du conservatoire »: its columns are saved under it. */
  sourceName?: string;
  /** Without one, the API reads a spreadsheet with the mapping saved for its source, or suggested by the headers. */
  mapping?: SpreadsheetMapping;
  target?: ImportTarget;
}

export interface ImportRequest extends ImportChoices {
  /** File names; each gets its own upload address. */
  files: string[];
}

/** A job just made: one short-lived address per file, where the browser puts it straight into storage. */
export interface CreatedImport {
  jobId: string;
  uploads: { file: string; url: string }[];
}

/** The answer to a dry run or an apply: the work goes on in the background. */
export interface ImportRunStarted {
  jobId: string;
  status: ImportStatus;
}

/** The backend works on the job in the background: the page asks again until the status changes. */
export const isRunning = (status: ImportStatus) => status === 'planning' || status === 'applying';

/** How far the work is, from 0 to 1; undefined while the backend does not know the total yet. */
export const progressFraction = (progress: ImportProgress | null): number | undefined =>
  progress && progress.total > 0 ? Math.min(progress.done / progress.total, 1) : undefined;

/**
 * A checked job without errors can be applied, and so can one that failed after its check: applying again
 * finishes the work without duplicates. A job whose check itself failed has no summary, and nothing to apply.
 */
export const canApply = (job: ImportJob) =>
  (job.status === 'planned' || job.status === 'failed') && job.summary !== null && !hasErrors(job.problems);

/** The three steps of an import, as the page shows them. */
export const importSteps = ['files', 'check', 'apply'] as const;

export type ImportStep = (typeof importSteps)[number];

/** The step a job is at; without a job, the files are still to choose. */
export const stepOf = (job: ImportJob | undefined): ImportStep => {
  if (!job) return 'files';
  if (job.status === 'applying' || job.status === 'applied') return 'apply';
  if (job.status === 'failed' && job.summary !== null) return 'apply';
  return 'check';
};
