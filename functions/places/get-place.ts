import { authorize } from '../../domain/identity/authorize';
import { findPlace } from '../../domain/places/find-place';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { placeStore } from './adapters/place-store';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const placeId = pathParameter(event, 'placeId');
  await authorize(actor, 'places:read', { kind: 'school' }, directory);
  return placeResponse(await findPlace(placeId, placeStore));
});
