import { authorize } from '#domain/identity/authorize';
import { findPlace } from '#domain/places/find-place';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { placeStore } from './adapters/place-store';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const placeId = pathParameter(event, 'placeId');
  await authorize(actor, 'places:read', { kind: 'school' }, directory);
  return placeResponse(await findPlace(placeId, placeStore));
});
