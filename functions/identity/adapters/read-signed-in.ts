import type { Actor } from '#domain/identity/actor';
import { type Me, readMe } from '#domain/people/read-me';
import { requireEnv } from '#functions/lib/env';
import { isInWorkGroups } from '#functions/messaging/adapters/dynamo-work-groups';
import { directory } from '#functions/people/adapters/directory';
import { hasTimeContract } from '#functions/time/adapters/has-time-contract';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoActors } from './dynamo-actors';

/**
 * Who is signed in, as `GET /api/me` answers: the person, their children and classes, their work groups, and for a
 * staff member whether they have a time contract (one key look-up).
 */
export const meOf = async (actor: Actor): Promise<Me> => {
  const tableName = requireEnv(functionEnvironment.tableName);
  const [me, inWorkGroups, timeContract] = await Promise.all([
    readMe(actor, directory),
    isInWorkGroups(tableName, actor.personId),
    actor.profiles.includes('staff') ? hasTimeContract(tableName, actor.personId) : false,
  ]);
  return { ...me, inWorkGroups, hasTimeContract: timeContract };
};

/**
 * The same for the account a session refresh has just renewed, so that a page reloaded signed in learns who it is
 * from the refresh's answer instead of asking `/api/me` one round trip later. Undefined when the account has no
 * person (the portal then asks `/api/me`, which says why).
 */
export const meOfAccount = async (accountId: string): Promise<Me | undefined> => {
  const signedIn = await dynamoActors(requireEnv(functionEnvironment.tableName)).byAccount(accountId);
  return signedIn ? meOf(signedIn.actor) : undefined;
};
