import { authorize } from '../../domain/identity/authorize';
import { createPlace } from '../../domain/places/create-place';
import { newPlaceSchema } from '../../domain/places/place-input';
import { directory } from '../lib/directory';
import { parseJsonBody } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newPlaceSchema);
  await authorize(actor, 'places:write', { kind: 'school' }, directory);
  const place = await createPlace(input, placesPorts);
  return {
    ...placeResponse(place, 201),
    headers: { etag: `"${place.version}"`, location: `/api/places/${place.id}` },
  };
});
