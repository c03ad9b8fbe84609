import { removePhoto } from '#domain/loans/photos';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { photoPorts } from './adapters/loans-ports';

const ports = photoPorts();

/** Removes a photo of an item, and its file: a new version of the item. */
export const handler = signedInHandler(async (event, actor) => {
  const item = await removePhoto(
    pathParameter(event, 'itemId'),
    pathParameter(event, 'photoId'),
    actor,
    ports,
  );
  return { status: 200, body: item, headers: { etag: `"${item.version}"` } };
});
