import { postInTopic } from '#domain/messaging/group-discussion';
import { newPostSchema } from '#domain/messaging/work-group';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A member writes in a topic: plain text, links shown as links. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const topicId = pathParameter(event, 'topicId');
  const { text } = parseJsonBody(event, newPostSchema);
  const post = await postInTopic(groupId, topicId, text, actor, workGroupPorts);
  return { status: 201, body: { post } };
});
