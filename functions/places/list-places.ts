import { authorize } from '#domain/identity/authorize';
import { listPlaces } from '#domain/places/list-places';
import { placeListQuerySchema } from '#domain/places/place-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { placeStore } from './adapters/place-store';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, placeListQuerySchema);
  await authorize(actor, 'places:read', { kind: 'school' }, directory);
  return { status: 200, body: await listPlaces(query, placeStore) };
});
