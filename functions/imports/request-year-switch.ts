import { requestYearSwitch } from '#domain/imports/school-years';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { todayIn } from '#functions/lib/school-today';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoSchoolYears } from './adapters/dynamo-school-years';
import { importJobPorts } from './adapters/import-ports';

const years = dynamoSchoolYears(requireEnv(functionEnvironment.tableName));
const timeZone = requireEnv(functionEnvironment.timeZone);

export const handler = signedInHandler(async (_event, actor) => {
  const today = todayIn(timeZone);
  await requestYearSwitch(actor, { ...importJobPorts, years, today });
  return { status: 202, body: { switching: true } };
});
