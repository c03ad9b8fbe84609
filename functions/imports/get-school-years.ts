import { readSchoolYears } from '#domain/imports/school-years';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { todayIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoSchoolYears } from './adapters/dynamo-school-years';

const years = dynamoSchoolYears(requireEnv(functionEnvironment.tableName));
const timeZone = requireEnv(functionEnvironment.timeZone);

export const handler = signedInHandler(async (_event, actor) => {
  const today = todayIn(timeZone);
  const { version: _version, ...body } = await readSchoolYears(actor, { years, relations: directory, today });
  return { status: 200, body };
});
