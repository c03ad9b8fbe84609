import { placeChangesSchema } from '../../domain/places/place-input';
import { updatePlace } from '../../domain/places/update-place';
import { httpHandler } from '../lib/http-handler';
import { expectedVersion, parseJsonBody, pathParameter } from '../lib/http-request';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = httpHandler(async (event) => {
  const placeId = pathParameter(event, 'placeId');
  const changes = parseJsonBody(event, placeChangesSchema);
  return placeResponse(await updatePlace(placeId, changes, expectedVersion(event), placesPorts));
});
