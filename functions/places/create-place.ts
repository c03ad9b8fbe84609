import { createPlace } from '../../domain/places/create-place';
import { newPlaceSchema } from '../../domain/places/place-input';
import { httpHandler } from '../lib/http-handler';
import { parseJsonBody } from '../lib/http-request';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = httpHandler(async (event) => {
  const input = parseJsonBody(event, newPlaceSchema);
  const place = await createPlace(input, placesPorts);
  return {
    ...placeResponse(place, 201),
    headers: { etag: `"${place.version}"`, location: `/api/places/${place.id}` },
  };
});
