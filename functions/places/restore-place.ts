import { restorePlace } from '../../domain/places/archive-place';
import { httpHandler } from '../lib/http-handler';
import { pathParameter } from '../lib/http-request';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = httpHandler(async (event) =>
  placeResponse(await restorePlace(pathParameter(event, 'placeId'), placesPorts)),
);
