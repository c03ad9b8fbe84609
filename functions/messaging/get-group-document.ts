import { groupDocumentLink } from '#domain/messaging/group-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A short download link to a group's document, for its members. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const documentId = pathParameter(event, 'documentId');
  return { status: 200, body: await groupDocumentLink(groupId, documentId, actor, workGroupPorts) };
});
