import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { followingYear, schoolYearOf } from '#domain/shared/calendar/school-year';
import { ConflictError } from '#domain/shared/errors';
import type { Clock, IdGenerator, SchoolContext } from '#domain/shared/ports';
import { newEvent, type OutgoingEvent } from '#events/envelope';
import { schoolYearSwitchRequested } from '#events/imports/import-events';
import type { ImportJob, ImportSource, ImportSummary } from './import-job';

/** An import checked and applied for next year: kept aside, written into the directory at the switch. */
export interface PreparedImport {
  jobId: string;
  source: ImportSource;
  /** A spreadsheet's source name: two spreadsheets of different sources are both prepared. */
  sourceName: string | null;
  files: string[];
  appliedAt: string;
  summary: ImportSummary | null;
}

/** The school's year: the current one, and the next one while it is being prepared from the imports. */
export interface SchoolYears {
  current: string;
  next: { schoolYear: string; imports: PreparedImport[] } | null;
  switching: boolean;
  version: number;
}

export interface SchoolYearStore {
  /** The stored years, or none yet (then the current year is today's). */
  get(): Promise<SchoolYears | undefined>;
  replace(
    years: SchoolYears,
    expectedVersion: number | undefined,
    events: readonly OutgoingEvent[],
  ): Promise<void>;
}

export const currentYears = async (store: SchoolYearStore, today: string): Promise<SchoolYears> =>
  (await store.get()) ?? { current: schoolYearOf(today), next: null, switching: false, version: 0 };

/** The school year an import fills: the current one, or the one being prepared (`target: next`). */
export const targetYearOf = async (
  job: Pick<ImportJob, 'target'>,
  store: SchoolYearStore,
  today: string,
): Promise<string> => {
  const years = await currentYears(store, today);
  return job.target === 'next' ? (years.next?.schoolYear ?? followingYear(years.current)) : years.current;
};

export const readSchoolYears = async (
  actor: Actor,
  ports: { years: SchoolYearStore; relations: Relations; today: string },
) => {
  await authorize(actor, 'directory:import', { kind: 'school' }, ports.relations);
  return currentYears(ports.years, ports.today);
};

/**
 * Keeps an applied import of next year aside: the latest import of each source (each spreadsheet source) is what
 * the switch will write, so a corrected file replaces the earlier one.
 */
export const prepareForNextYear = async (
  job: ImportJob,
  appliedAt: string,
  years: SchoolYearStore,
  today: string,
) => {
  const now = await currentYears(years, today);
  const sameOrigin = (prepared: PreparedImport) =>
    prepared.source === job.source && (prepared.sourceName ?? null) === job.sourceName;
  const others = (now.next?.imports ?? []).filter((prepared) => !sameOrigin(prepared));
  const prepared: PreparedImport = {
    jobId: job.jobId,
    source: job.source,
    sourceName: job.sourceName,
    files: job.files,
    appliedAt,
    summary: job.summary,
  };
  await years.replace(
    {
      ...now,
      next: { schoolYear: followingYear(now.current), imports: [...others, prepared] },
      version: now.version + 1,
    },
    now.version || undefined,
    [],
  );
};

/** Asks for the switch: the runner writes every prepared import, then next year becomes the current one. */
export const requestYearSwitch = async (
  actor: Actor,
  ports: {
    years: SchoolYearStore;
    relations: Relations;
    clock: Clock;
    newId: IdGenerator;
    school: SchoolContext;
    today: string;
  },
) => {
  await authorize(actor, 'directory:import', { kind: 'school' }, ports.relations);
  const now = await currentYears(ports.years, ports.today);
  if (now.switching) throw new ConflictError('busy', 'The school year is already being switched');
  if (!now.next || now.next.imports.length === 0) {
    throw new ConflictError('nothing_prepared', 'Prepare next year from its imports before switching to it');
  }
  const event = newEvent(
    schoolYearSwitchRequested,
    { schoolYear: now.next.schoolYear },
    { newId: ports.newId, schoolId: ports.school.schoolId, occurredAt: ports.clock.now().toISOString() },
  );
  const switching = { ...now, switching: true, version: now.version + 1 };
  await ports.years.replace(switching, now.version || undefined, [event]);
  return switching;
};

/** The order the prepared imports are written in: pupils and families before teachers, then the rest. */
export const switchOrder: readonly ImportSource[] = ['siecle', 'stsweb', 'oneroster', 'spreadsheet'];
