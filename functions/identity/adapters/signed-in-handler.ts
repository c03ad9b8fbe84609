import { requireEnv } from '#functions/lib/env';
import { signedInHandlerWith } from '#functions/lib/signed-in-handler';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoActors } from './dynamo-actors';

/** Wraps a handler of a signed-in route: the actor is the person behind the token's account, read at each call. */
export const signedInHandler = signedInHandlerWith(dynamoActors(requireEnv(functionEnvironment.tableName)));
