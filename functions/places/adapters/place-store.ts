import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoPlaceRepository } from './dynamo-place-repository';

/** The places of this function's school: enough for the handlers that only read. */
export const placeStore = dynamoPlaceRepository(requireEnv(functionEnvironment.tableName));
