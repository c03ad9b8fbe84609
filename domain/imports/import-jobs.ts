import { type Actor, fullName } from '#domain/identity/actor';
import type { Relations } from '#domain/identity/authorize';
import { authorize } from '#domain/identity/authorize';
import { ConflictError, NotFoundError, ValidationError } from '#domain/shared/errors';
import type { Clock, IdGenerator, SchoolContext } from '#domain/shared/ports';
import { newEvent, type OutgoingEvent } from '#events/envelope';
import { importRequested } from '#events/imports/import-events';
import type { ImportJob, ImportSource } from './import-job';
import type { SpreadsheetMapping } from './spreadsheet/spreadsheet-mapping';

/** Stores jobs; a change of status and the event that asks for the work go together (outbox). */
export interface ImportJobStore {
  get(jobId: string): Promise<ImportJob | undefined>;
  add(job: ImportJob): Promise<void>;
  replace(job: ImportJob, expectedVersion: number, events: readonly OutgoingEvent[]): Promise<void>;
}

export interface ImportJobPorts {
  jobs: ImportJobStore;
  relations: Relations;
  clock: Clock;
  newId: IdGenerator;
  school: SchoolContext;
}

/** A file name as it will be stored: no folder, nothing a path could climb with. */
const fileNamePattern = /^[\p{L}\p{N} ._()-]{1,200}$/u;

export const createImportJob = async (
  actor: Actor,
  input: {
    source: ImportSource;
    files: string[];
    sourceName?: string;
    mapping?: SpreadsheetMapping;
    target?: 'current' | 'next';
  },
  ports: ImportJobPorts,
) => {
  await authorize(actor, 'directory:import', { kind: 'school' }, ports.relations);
  input.files.forEach((file, index) => {
    if (!fileNamePattern.test(file) || file.startsWith('.')) {
      throw new ValidationError(
        `files.${index}`,
        'must be a plain file name, such as ElevesAvecAdresses.xml',
      );
    }
    if (input.files.indexOf(file) !== index)
      throw new ValidationError(`files.${index}`, `names ${file} twice`, 'duplicate');
  });
  if (input.source === 'timetable' && (input.files.length !== 1 || input.target === 'next')) {
    throw new ValidationError(
      input.files.length !== 1 ? 'files' : 'target',
      input.files.length !== 1
        ? 'must name the one timetable file'
        : 'must be current: a timetable plans this year',
    );
  }
  if (input.source === 'spreadsheet' && !input.sourceName) {
    throw new ValidationError(
      'sourceName',
      'is required for a spreadsheet: it names where the file comes from',
      'required',
    );
  }
  const job: ImportJob = {
    jobId: ports.newId(),
    source: input.source,
    files: input.files,
    sourceName: input.source === 'spreadsheet' ? (input.sourceName ?? null) : null,
    mapping: input.mapping ?? null,
    target: input.target ?? 'current',
    status: 'created',
    createdAt: ports.clock.now().toISOString(),
    createdBy: { personId: actor.personId, name: fullName(actor) },
    progress: null,
    summary: null,
    problems: [],
    problemCount: 0,
    hasErrors: false,
    checkedAt: null,
    error: null,
    version: 1,
  };
  await ports.jobs.add(job);
  return job;
};

/**
 * Asks for a dry run, or for the job to be applied; the runner picks the request from the bus. Files of another
 * school year than the job fills are applied only when `confirmYear` names their year.
 */
export const requestImportRun = async (
  actor: Actor,
  jobId: string,
  mode: 'dry-run' | 'apply',
  ports: ImportJobPorts,
  { confirmYear }: { confirmYear?: string } = {},
) => {
  await authorize(actor, 'directory:import', { kind: 'school' }, ports.relations);
  const job = await ports.jobs.get(jobId);
  if (!job) throw new NotFoundError('import', jobId);
  if (job.status === 'planning' || job.status === 'applying') {
    throw new ConflictError(
      'busy',
      `The import is already ${job.status === 'planning' ? 'being checked' : 'being applied'}`,
    );
  }
  if (mode === 'apply' && !job.checkedAt) {
    throw new ConflictError('not_ready', 'Check the import (dry run) before applying it');
  }
  if (mode === 'apply' && job.hasErrors) {
    throw new ConflictError('not_ready', 'The dry run found errors: fix the files and import them again');
  }
  const yearToConfirm = job.yearToConfirm ?? null;
  if (mode === 'apply' && yearToConfirm !== null && confirmYear !== yearToConfirm) {
    throw new ConflictError(
      'wrong_year',
      `The files are of school year ${yearToConfirm}, not the one this import fills: confirm ${yearToConfirm} to apply them`,
      { yearToConfirm },
    );
  }
  const now = ports.clock.now().toISOString();
  const next: ImportJob = {
    ...job,
    status: mode === 'dry-run' ? 'planning' : 'applying',
    progress: null,
    error: null,
    failure: null,
    // A new run: a chunk of an earlier one, retried late (Lambda retries a failed chunk for up to two hours),
    // then finds no run of its own and neither writes nor fails this one.
    chunks: null,
    confirmedYear: mode === 'apply' ? yearToConfirm : null,
    // A new check starts from nothing: a report of an earlier check must not let a failed one be applied.
    ...(mode === 'dry-run' && {
      checkedAt: null,
      summary: null,
      problems: [],
      problemCount: 0,
      hasErrors: false,
      yearToConfirm: null,
    }),
    version: job.version + 1,
  };
  const event = newEvent(
    importRequested,
    { jobId, mode },
    { newId: ports.newId, schoolId: ports.school.schoolId, occurredAt: now },
  );
  await ports.jobs.replace(next, job.version, [event]);
  return next;
};

export const readImportJob = async (
  actor: Actor,
  jobId: string,
  ports: Pick<ImportJobPorts, 'jobs' | 'relations'>,
) => {
  await authorize(actor, 'directory:import', { kind: 'school' }, ports.relations);
  const job = await ports.jobs.get(jobId);
  if (!job) throw new NotFoundError('import', jobId);
  return job;
};
