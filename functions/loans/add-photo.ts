import { addPhoto, photoClaimSchema } from '#domain/loans/photos';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { photoPorts } from './adapters/loans-ports';

const ports = photoPorts();

/** Adds an uploaded photo to its item, once its bytes say it is a JPEG or a PNG: a new version of the item. */
export const handler = signedInHandler(async (event, actor) => {
  const itemId = pathParameter(event, 'itemId');
  const { photoId } = parseJsonBody(event, photoClaimSchema);
  const item = await addPhoto(itemId, photoId, actor, ports);
  return { status: 201, body: item, headers: { etag: `"${item.version}"` } };
});
