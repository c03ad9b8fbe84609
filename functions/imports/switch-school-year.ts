import { switchSchoolYear } from '#domain/imports/switch-school-year';
import { schoolYearSwitchRequested } from '#events/imports/import-events';
import { requireEnv } from '#functions/lib/env';
import { eventHandler } from '#functions/lib/event-handler';
import { todayIn } from '#functions/lib/school-today';
import { dynamoDuplicates } from '#functions/people/adapters/dynamo-duplicates';
import { functionEnvironment } from '#infra/definitions/environment';
import { loadDirectoryState } from './adapters/dynamo-directory-state';
import { writeImportPlan } from './adapters/dynamo-import-writer';
import { dynamoMappings } from './adapters/dynamo-mappings';
import { dynamoSchoolYears } from './adapters/dynamo-school-years';
import { importFiles } from './adapters/import-files';
import { importJobs, personIdOf } from './adapters/import-ports';
import { jobSnapshotReader } from './adapters/job-snapshot';

const tableName = requireEnv(functionEnvironment.tableName);
const timeZone = requireEnv(functionEnvironment.timeZone);
const files = importFiles(requireEnv(functionEnvironment.documentsBucket));

/** Target of the bus rule `switch-school-years`. An error makes Lambda retry (the switch is idempotent), then dead-letter it. */
export const handler = eventHandler(schoolYearSwitchRequested, async () => {
  const today = todayIn(timeZone);
  await switchSchoolYear({
    years: dynamoSchoolYears(tableName),
    job: (jobId) => importJobs.get(jobId),
    readFiles: (job) => files.read(job),
    readSnapshot: jobSnapshotReader(dynamoMappings(tableName), today),
    loadState: () => loadDirectoryState(tableName),
    write: async (plan, job) => {
      await writeImportPlan(tableName, plan, undefined, job);
    },
    saveDuplicates: (groups) => dynamoDuplicates(tableName).replaceAll(groups),
    personIdOf,
  });
});
