import { readSchoolYears } from '../../domain/imports/school-years';
import { functionEnvironment } from '../../infra/definitions/environment';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { requireEnv } from '../lib/env';
import { todayIn } from '../lib/school-today';
import { directory } from '../people/adapters/directory';
import { dynamoSchoolYears } from './adapters/dynamo-school-years';

const years = dynamoSchoolYears(requireEnv(functionEnvironment.tableName));
const timeZone = requireEnv(functionEnvironment.timeZone);

export const handler = signedInHandler(async (_event, actor) => {
  const today = todayIn(timeZone);
  const { version: _version, ...body } = await readSchoolYears(actor, { years, relations: directory, today });
  return { status: 200, body };
});
