import { authorize } from '#domain/identity/authorize';
import { placeChangesSchema } from '#domain/places/place-input';
import { updatePlace } from '#domain/places/update-place';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { expectedVersion, parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const placeId = pathParameter(event, 'placeId');
  const changes = parseJsonBody(event, placeChangesSchema);
  await authorize(actor, 'places:write', { kind: 'school' }, directory);
  return placeResponse(await updatePlace(placeId, changes, expectedVersion(event), placesPorts));
});
