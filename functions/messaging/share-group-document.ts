import { shareGroupDocument } from '#domain/messaging/group-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** Once uploaded, its uploader shares a document: checked against what was declared, and the members told. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const document = await shareGroupDocument(
    groupId,
    pathParameter(event, 'documentId'),
    actor,
    workGroupPorts,
  );
  return { status: 200, body: { document } };
});
