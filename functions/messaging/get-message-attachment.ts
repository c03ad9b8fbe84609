import { authorize } from '#domain/identity/authorize';
import { attachmentLink } from '#domain/messaging/message-attachments';
import { requireEnv } from '#functions/lib/env';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoMessages } from './adapters/dynamo-messages';
import { messageAttachmentPorts } from './adapters/message-attachment-files';
import { messagingHandler } from './adapters/messaging-handler';

const tableName = requireEnv(functionEnvironment.tableName);
const ports = { messages: dynamoMessages(tableName), files: messageAttachmentPorts(tableName).files };

/** A short download link to a file of a message, for its sender and recipients (404 to anyone else). */
export const handler = messagingHandler(async (event, actor) => {
  const messageId = pathParameter(event, 'messageId');
  const attachmentId = pathParameter(event, 'attachmentId');
  await authorize(actor, 'messaging:read', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await attachmentLink(messageId, attachmentId, actor, ports) };
});
