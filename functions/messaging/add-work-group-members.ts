import { groupView } from '#domain/messaging/group-view';
import { addMembersSchema } from '#domain/messaging/work-group';
import { addGroupMembers } from '#domain/messaging/work-groups';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A manager adds people they may add; the group's cap holds whatever runs at once. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const input = parseJsonBody(event, addMembersSchema);
  const space = await addGroupMembers(groupId, input, actor, workGroupPorts);
  return { status: 200, body: await groupView(space, actor, workGroupPorts) };
});
