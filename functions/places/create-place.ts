import { authorize } from '#domain/identity/authorize';
import { createPlace } from '#domain/places/create-place';
import { newPlaceSchema } from '#domain/places/place-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
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
