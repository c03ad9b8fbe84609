import { functionEnvironment } from '../../infra/definitions/environment';
import { dynamoDirectory } from '../people/adapters/dynamo-directory';
import { requireEnv } from './env';

/** The school's directory, read by rights checks and the people handlers. */
export const directory = dynamoDirectory(requireEnv(functionEnvironment.tableName));
