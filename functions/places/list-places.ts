import { listPlaces } from '../../domain/places/list-places';
import { placeListQuerySchema } from '../../domain/places/place-input';
import { httpHandler } from '../lib/http-handler';
import { parseQuery } from '../lib/http-request';
import { placeStore } from './adapters/place-store';

export const handler = httpHandler(async (event) => {
  const query = parseQuery(event, placeListQuerySchema);
  return { status: 200, body: await listPlaces(query, placeStore) };
});
