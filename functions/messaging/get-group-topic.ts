import { readTopic } from '#domain/messaging/group-discussion';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A topic of a group's discussion and its posts, oldest first. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  return {
    status: 200,
    body: await readTopic(groupId, pathParameter(event, 'topicId'), actor, workGroupPorts),
  };
});
