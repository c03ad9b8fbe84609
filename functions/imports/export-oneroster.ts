import { randomUUID } from 'node:crypto';
import { authorize } from '#domain/identity/authorize';
import { directoryToOneRoster } from '#domain/imports/oneroster/directory-to-oneroster';
import { exportOneRoster } from '#domain/imports/oneroster/export-oneroster';
import { zipBundle } from '#domain/imports/oneroster/zip-bundle';
import { schoolYearOf } from '#domain/shared/calendar/school-year';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { todayIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { loadDirectoryState } from './adapters/dynamo-directory-state';
import { exportFiles } from './adapters/export-files';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();
const files = exportFiles(requireEnv(functionEnvironment.documentsBucket));

export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'directory:export', { kind: 'school' }, directory);
  const today = todayIn(school.timeZone);
  const input = directoryToOneRoster(await loadDirectoryState(tableName), {
    name: school.name,
    // No UAI in the tenant registry yet: the school's id stands for it.
    uai: school.schoolId,
    schoolYear: schoolYearOf(today),
  });
  const zip = zipBundle(exportOneRoster(input));
  const url = await files.store(
    randomUUID(),
    `oneroster-${school.schoolId}-${today}.zip`,
    zip,
    'application/zip',
  );
  return { status: 201, body: { url, people: input.people.length, classes: input.classes.length } };
});
