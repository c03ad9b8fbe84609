import { attachmentSchema } from '#domain/messaging/attachments';
import { declareGroupDocument } from '#domain/messaging/group-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A member declares a document (name, type, size): a signed form to upload it to the documents bucket. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const input = parseJsonBody(event, attachmentSchema);
  return { status: 201, body: await declareGroupDocument(groupId, input, actor, workGroupPorts) };
});
