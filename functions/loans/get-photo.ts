import { photoLink } from '#domain/loans/photos';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { photoPorts } from './adapters/loans-ports';

const ports = photoPorts();

/** A short link to a photo of an item, for the portal's sheet. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await photoLink(pathParameter(event, 'itemId'), pathParameter(event, 'photoId'), actor, ports),
}));
