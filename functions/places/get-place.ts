import { findPlace } from '../../domain/places/find-place';
import { httpHandler } from '../lib/http-handler';
import { pathParameter } from '../lib/http-request';
import { placeStore } from './adapters/place-store';
import { placeResponse } from './place-response';

export const handler = httpHandler(async (event) => {
  const placeId = pathParameter(event, 'placeId');
  return placeResponse(await findPlace(placeId, placeStore));
});
