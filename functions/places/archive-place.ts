import { authorize } from '../../domain/identity/authorize';
import { archivePlace } from '../../domain/places/archive-place';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const placeId = pathParameter(event, 'placeId');
  await authorize(actor, 'places:write', { kind: 'school' }, directory);
  return placeResponse(await archivePlace(placeId, placesPorts));
});
