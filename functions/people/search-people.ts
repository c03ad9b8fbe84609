import { peopleSearchSchema } from '#domain/people/search-input';
import { type PeopleSearch, searchPeople } from '#domain/people/search-people';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from './adapters/directory';

export const handler = signedInHandler(async (event, actor) => {
  const search = parseQuery(event, peopleSearchSchema) as PeopleSearch;
  return { status: 200, body: { items: await searchPeople(actor, search, directory) } };
});
