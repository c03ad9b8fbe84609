import { authorize } from '#domain/identity/authorize';
import { restorePlace } from '#domain/places/archive-place';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const placeId = pathParameter(event, 'placeId');
  await authorize(actor, 'places:write', { kind: 'school' }, directory);
  return placeResponse(await restorePlace(placeId, placesPorts));
});
