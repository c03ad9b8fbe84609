import { saveCoursesFromTeaching } from '#domain/imports/courses-from-teaching';
import { runImport } from '#domain/imports/run-import';
import { prepareForNextYear, targetYearOf } from '#domain/imports/school-years';
import { runTimetableImport } from '#domain/imports/timetable/run-timetable-import';
import { importRequested } from '#events/imports/import-events';
import { requireEnv } from '#functions/lib/env';
import { eventHandler } from '#functions/lib/event-handler';
import { todayIn } from '#functions/lib/school-today';
import { dynamoDuplicates } from '#functions/people/adapters/dynamo-duplicates';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { loadDirectoryState } from './adapters/dynamo-directory-state';
import { dynamoMappings } from './adapters/dynamo-mappings';
import { dynamoSchoolYears } from './adapters/dynamo-school-years';
import { importFiles } from './adapters/import-files';
import { importChunks, importJobs, personIdOf } from './adapters/import-ports';
import { jobSnapshotReader } from './adapters/job-snapshot';
import { loadTimetableContext } from './adapters/timetable-context';

const tableName = requireEnv(functionEnvironment.tableName);
const timeZone = requireEnv(functionEnvironment.timeZone);
const files = importFiles(requireEnv(functionEnvironment.documentsBucket));
const duplicates = dynamoDuplicates(tableName);
const mappings = dynamoMappings(tableName);
const years = dynamoSchoolYears(tableName);
// Optional while a registry may hold schools without one: their files' establishment cannot be checked.
const schoolUai = process.env[functionEnvironment.schoolUai] || undefined;

/** Target of the bus rule `run-import-jobs`: a job's dry run or its application. */
export const handler = eventHandler(importRequested, async ({ data: { jobId, mode } }) => {
  const job = await importJobs.get(jobId);
  // A request delivered twice, or for a job already done: nothing to do.
  if (!job || job.status !== (mode === 'dry-run' ? 'planning' : 'applying')) return;
  if (job.source === 'timetable') {
    await runTimetableImport(job, mode, {
      readFiles: (current) => files.read(current),
      loadContext: () => loadTimetableContext(planningPorts, todayIn(timeZone)),
      save: (current) => importJobs.save(current),
      planning: planningPorts,
    });
    return;
  }
  const today = todayIn(timeZone);
  await runImport(job, mode, {
    readFiles: (current) => files.read(current),
    readSnapshot: jobSnapshotReader(mappings, today),
    saveMapping: (sourceName, mapping) => mappings.save(sourceName, mapping),
    prepareForNextYear: (current) => prepareForNextYear(current, new Date().toISOString(), years, today),
    loadState: () => loadDirectoryState(tableName),
    save: (current) => importJobs.save(current),
    saveChunks: (current, chunks, teaching) => files.saveChunks(current, chunks, teaching),
    startChunks: (current) => importChunks.startChunks(current),
    saveDuplicates: (groups) => duplicates.replaceAll(groups),
    personIdOf,
    saveCourses: async (teaching, directory) => {
      await saveCoursesFromTeaching(teaching, directory, planningPorts);
    },
    expectedOrigin: async (current) => ({
      uai: schoolUai,
      schoolYear: await targetYearOf(current, years, today),
    }),
    now: () => new Date(),
  });
});
