import { removeGroupDocument } from '#domain/messaging/group-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** Its uploader or a manager removes a document, and its file. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  await removeGroupDocument(groupId, pathParameter(event, 'documentId'), actor, workGroupPorts);
  return { status: 204 };
});
