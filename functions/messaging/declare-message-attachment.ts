import { randomUUID } from 'node:crypto';
import { authorize } from '#domain/identity/authorize';
import { declareMessageUpload, messageUploadSchema } from '#domain/messaging/message-attachments';
import { requireEnv } from '#functions/lib/env';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { messageAttachmentPorts } from './adapters/message-attachment-files';
import { messagingHandler } from './adapters/messaging-handler';

const ports = {
  ...messageAttachmentPorts(requireEnv(functionEnvironment.tableName)),
  clock: { now: () => new Date() },
  newId: randomUUID,
};

/** A writer declares a file for their next message (name, type, size): a signed form to upload it, 15 minutes. */
export const handler = messagingHandler(async (event, actor) => {
  const input = parseJsonBody(event, messageUploadSchema);
  await authorize(actor, 'messaging:write', { kind: 'person', personId: actor.personId }, directory);
  return { status: 201, body: await declareMessageUpload(input, actor, ports) };
});
