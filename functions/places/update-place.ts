import { authorize } from '../../domain/identity/authorize';
import { placeChangesSchema } from '../../domain/places/place-input';
import { updatePlace } from '../../domain/places/update-place';
import { directory } from '../lib/directory';
import { expectedVersion, parseJsonBody, pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = signedInHandler(async (event, actor) => {
  const placeId = pathParameter(event, 'placeId');
  const changes = parseJsonBody(event, placeChangesSchema);
  await authorize(actor, 'places:write', { kind: 'school' }, directory);
  return placeResponse(await updatePlace(placeId, changes, expectedVersion(event), placesPorts));
});
