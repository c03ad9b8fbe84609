import { declarePhotoUpload, photoUploadSchema } from '#domain/loans/photos';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { photoPorts } from './adapters/loans-ports';

const ports = photoPorts();

/** Staff declare a photo of an item (JPEG or PNG, its size): a signed form to upload it. */
export const handler = signedInHandler(async (event, actor) => {
  const itemId = pathParameter(event, 'itemId');
  const input = parseJsonBody(event, photoUploadSchema);
  return { status: 201, body: await declarePhotoUpload(itemId, input, actor, ports) };
});
