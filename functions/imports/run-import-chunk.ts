import { saveCoursesFromTeaching } from '#domain/imports/courses-from-teaching';
import { runImportChunk } from '#domain/imports/run-import-chunk';
import { importChunkRequested } from '#events/imports/import-events';
import { requireEnv } from '#functions/lib/env';
import { eventHandler } from '#functions/lib/event-handler';
import { dynamoDuplicates } from '#functions/people/adapters/dynamo-duplicates';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { loadDirectoryState } from './adapters/dynamo-directory-state';
import { writeImportPlan } from './adapters/dynamo-import-writer';
import { dynamoMappings } from './adapters/dynamo-mappings';
import { importFiles } from './adapters/import-files';
import { importChunks } from './adapters/import-ports';

const tableName = requireEnv(functionEnvironment.tableName);
const files = importFiles(requireEnv(functionEnvironment.documentsBucket));
const duplicates = dynamoDuplicates(tableName);
const mappings = dynamoMappings(tableName);

/** Target of the bus rule `run-import-chunks`: writes one chunk of an applied job, and finishes the job after the last. */
export const handler = eventHandler(importChunkRequested, async ({ data }) => {
  await runImportChunk(data, {
    jobs: importChunks,
    readChunk: (job, chunk) => files.readChunk(job, chunk),
    readTeaching: (job) => files.readTeaching(job),
    write: async (plan, job) => {
      await writeImportPlan(tableName, plan, undefined, job);
    },
    loadState: () => loadDirectoryState(tableName),
    saveDuplicates: (groups) => duplicates.replaceAll(groups),
    saveCourses: async (teaching, directory) => {
      await saveCoursesFromTeaching(teaching, directory, planningPorts);
    },
    saveMapping: (sourceName, mapping) => mappings.save(sourceName, mapping),
  });
});
