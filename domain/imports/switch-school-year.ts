import type { DirectoryState } from '#domain/people/directory-state';
import { type DuplicateGroup, findDuplicateGuardians } from '#domain/people/duplicate-guardians';
import type { ImportJob } from './import-job';
import type { ImportPlan } from './import-plan';
import type { ImportSnapshot } from './import-snapshot';
import { planImport } from './plan-import';
import { type SchoolYearStore, switchOrder } from './school-years';

export interface SwitchPorts {
  years: SchoolYearStore;
  job(jobId: string): Promise<ImportJob | undefined>;
  readFiles(job: ImportJob): Promise<Map<string, Uint8Array>>;
  readSnapshot(job: ImportJob, files: Map<string, Uint8Array>): Promise<{ snapshot: ImportSnapshot }>;
  loadState(): Promise<DirectoryState>;
  /** Writes a prepared job's plan, with the audit entries of the people it changes. */
  write(plan: ImportPlan, job: ImportJob): Promise<void>;
  saveDuplicates(groups: DuplicateGroup[]): Promise<void>;
  personIdOf(sourceId: string): string;
}

/**
 * Moves the school to next year: each prepared import, pupils first, is compared with the directory as it is
 * then and written; pupils who are not in next year's files are retired. If it stops half-way, running it again
 * finishes the work: every write is idempotent.
 */
export const switchSchoolYear = async (ports: SwitchPorts) => {
  const years = await ports.years.get();
  if (!years?.switching || !years.next) return undefined;
  const prepared = [...years.next.imports].sort(
    (a, b) => switchOrder.indexOf(a.source) - switchOrder.indexOf(b.source),
  );
  let state = await ports.loadState();
  for (const { jobId } of prepared) {
    const job = await ports.job(jobId);
    if (!job) continue;
    const { snapshot } = await ports.readSnapshot(job, await ports.readFiles(job));
    await ports.write(planImport(snapshot, state, { personIdOf: ports.personIdOf }), job);
    state = await ports.loadState();
  }
  await ports.saveDuplicates(findDuplicateGuardians(state));
  const switched = {
    current: years.next.schoolYear,
    next: null,
    switching: false,
    version: years.version + 1,
  };
  await ports.years.replace(switched, years.version, []);
  return switched;
};
