import { startTopic } from '#domain/messaging/group-discussion';
import { newTopicSchema } from '#domain/messaging/work-group';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A member opens a topic in the group's discussion, with its first post. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const input = parseJsonBody(event, newTopicSchema);
  return { status: 201, body: { topic: await startTopic(groupId, input, actor, workGroupPorts) } };
});
