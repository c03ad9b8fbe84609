import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoDirectory } from './dynamo-directory';

/** The school's directory, read by rights checks and the people handlers: people's port, shared by every module. */
export const directory = dynamoDirectory(requireEnv(functionEnvironment.tableName));
