import { fullName } from '#domain/identity/actor';
import type { BatchDirectory } from '#domain/identity/issue-activation-codes';
import type { Recipients } from '#domain/messaging/notification-ports';
import { isRetired } from '#domain/people/person';

/** Names and addresses of the people to notify, in one batch of the directory; people who left are not written to. */
export const directoryRecipients = (directory: Pick<BatchDirectory, 'people'>): Recipients => ({
  async contactsOf(personIds) {
    const people = await directory.people(personIds);
    return new Map(
      people
        .filter((person) => !isRetired(person))
        .map((person) => [
          person.personId,
          { name: fullName(person), ...(person.email && { email: person.email }) },
        ]),
    );
  },
});
