import { archivePlace } from '../../domain/places/archive-place';
import { httpHandler } from '../lib/http-handler';
import { pathParameter } from '../lib/http-request';
import { placesPorts } from './adapters/places-ports';
import { placeResponse } from './place-response';

export const handler = httpHandler(async (event) =>
  placeResponse(await archivePlace(pathParameter(event, 'placeId'), placesPorts)),
);
