import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#domain/identity/actor';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { fromPersonItem } from '#functions/people/adapters/person-item';
import { accountKeys, personKeys } from '#infra/definitions/school-table';

/**
 * The person behind an account of this school's user pool. Profiles are read from the directory at every request,
 * not from the token, so a removed profile stops working at once; so does a sign-out, through the account item's
 * `sessionsEndedAt` (seconds: tokens issued before are refused).
 */
export const dynamoActors = (tableName: string) => ({
  async byAccount(accountId: string): Promise<{ actor: Actor; sessionsEndedAt?: number } | undefined> {
    const { Item: account } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: accountKeys.account(accountId) }),
    );
    if (!account) return undefined;
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: personKeys.item(String(account.personId)) }),
    );
    if (!Item) return undefined;
    const person = fromPersonItem(Item);
    return {
      actor: {
        personId: person.personId,
        username: String(account.username),
        firstName: person.firstName,
        lastName: person.lastName,
        profiles: person.profiles,
        ...(person.status === 'retired' && { left: true as const }),
      },
      ...(typeof account.sessionsEndedAt === 'number' && { sessionsEndedAt: account.sessionsEndedAt }),
    };
  },
});
