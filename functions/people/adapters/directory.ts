import { functionEnvironment } from '../../../infra/definitions/environment';
import { requireEnv } from '../../lib/env';
import { dynamoDirectory } from './dynamo-directory';

/** The school's directory, read by rights checks and the people handlers: people's port, shared by every module. */
export const directory = dynamoDirectory(requireEnv(functionEnvironment.tableName));
