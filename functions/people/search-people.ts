import { peopleSearchSchema } from '../../domain/people/search-input';
import { type PeopleSearch, searchPeople } from '../../domain/people/search-people';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';

export const handler = signedInHandler(async (event, actor) => {
  const search = parseQuery(event, peopleSearchSchema) as PeopleSearch;
  return { status: 200, body: { items: await searchPeople(actor, search, directory) } };
});
